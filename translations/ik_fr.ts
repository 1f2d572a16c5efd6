<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>No system keychain answers (no Secret Service). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation>Aucun trousseau système ne répond (pas de Secret Service). Les clés sont gardées en mémoire pour cette session seulement&#x202f;; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key (keyring locked?). Keys are kept for this session only, in memory; nothing is written to disk. Unlock the keyring and press Retry.</source>
        <translation>Le trousseau a refusé d&apos;enregistrer la clé (trousseau verrouillé&#x202f;?). Les clés sont gardées en mémoire pour cette session seulement&#x202f;; rien n&apos;est écrit sur le disque. Déverrouillez le trousseau et cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation>Le trousseau a échoué (%1). Les clés sont gardées en mémoire pour cette session seulement&#x202f;; rien n&apos;est écrit sur le disque.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>aucun détail</translation>
    </message>
    <message>
        <source>Key stored in the system keychain</source>
        <translation>Clé enregistrée dans le trousseau système</translation>
    </message>
    <message>
        <source>Key held for this session only (not saved)</source>
        <translation>Clé gardée pour cette session seulement (non enregistrée)</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>Aucune clé enregistrée</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Consultation du trousseau…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>Thinking: %1</source>
        <translation>Raisonnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation>Appels d&apos;outils&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Injected fault: click to turn it off</source>
        <translation>Panne injectée&#xa0;: cliquez pour la désactiver</translation>
    </message>
    <message>
        <source>Fault: %1 ✕</source>
        <translation>Panne&#xa0;: %1 ✕</translation>
    </message>
    <message>
        <source>The local sandbox answers every request with the fault “%1”: %2. Click to turn it off.</source>
        <translation>Le bac à sable local répond à chaque requête avec la panne «&#xa0;%1&#xa0;»&#xa0;: %2. Cliquez pour la désactiver.</translation>
    </message>
    <message>
        <source>Start the local sandbox first (Sandbox menu).</source>
        <translation>Démarrez d&apos;abord le bac à sable local (menu Bac à sable).</translation>
    </message>
    <message>
        <source>Inject &amp;fault</source>
        <translation>Injecter une &amp;panne</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The local sandbox answers normally again.</source>
        <translation>Le bac à sable local répond de nouveau normalement.</translation>
    </message>
    <message>
        <source>The local sandbox now answers every request with the fault “%1”.</source>
        <translation>Le bac à sable local répond désormais à chaque requête avec la panne «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Models &amp;think aloud</source>
        <translation>Les modèles pensent à &amp;voix haute</translation>
    </message>
    <message>
        <source>Off (only models whose name says so)</source>
        <translation>Désactivé (seulement les modèles dont le nom l&apos;indique)</translation>
    </message>
    <message>
        <source>reasoning_content (vLLM, SGLang, DeepSeek)</source>
        <translation>reasoning_content (vLLM, SGLang, DeepSeek)</translation>
    </message>
    <message>
        <source>reasoning (newer vLLM, OpenRouter)</source>
        <translation>reasoning (vLLM récent, OpenRouter)</translation>
    </message>
    <message>
        <source>&lt;think&gt; tags in the answer (no reasoning parser)</source>
        <translation>balises &lt;think&gt; dans la réponse (sans analyseur de raisonnement)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s models answer without thinking aloud.</source>
        <translation>Les modèles du bac à sable répondent sans penser à voix haute.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s chat models now think aloud: %1.</source>
        <translation>Les modèles de chat du bac à sable pensent désormais à voix haute&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Key stored</source>
        <translation>Clé enregistrée</translation>
    </message>
    <message>
        <source>Key for this session</source>
        <translation>Clé pour cette session</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Aucune clé</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). Pick a text file with one prompt per line.</source>
        <translation>%1&#xa0;: lecture impossible (%2). Choisissez un fichier texte avec un prompt par ligne.</translation>
    </message>
    <message>
        <source>%1 holds no prompt. Put one prompt per line; blank lines are skipped.</source>
        <translation>%1 ne contient aucun prompt. Mettez un prompt par ligne&#x202f;; les lignes vides sont ignorées.</translation>
    </message>
</context>
<context>
    <name>ik</name>
    <message>
        <source>1 run</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens inconnus</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 tokens de prompt + %2 de réponse</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 de raisonnement)</translation>
    </message>
    <message>
        <source>, tokens unknown for %1</source>
        <translation>, tokens inconnus pour %1</translation>
    </message>
    <message>
        <source>cost: tokens unknown</source>
        <translation>coût&#xa0;: tokens inconnus</translation>
    </message>
    <message>
        <source>cost %1 + %2 unknown</source>
        <translation>coût %1 + %2 inconnu</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>the request offered no tools</source>
        <translation>la requête ne proposait aucun outil</translation>
    </message>
    <message>
        <source>the request offered only %1</source>
        <translation>la requête ne proposait que %1</translation>
    </message>
    <message>
        <source>the arguments are %1</source>
        <translation>les arguments sont %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>non vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <translation>Comparer · %1</translation>
    </message>
    <message>
        <source> · run %1/%2</source>
        <translation> · exécution %1/%2</translation>
    </message>
    <message>
        <source>the schema needs a name of 1 to 64 letters, digits, _ or -</source>
        <translation>le schéma doit avoir un nom de 1 à 64 lettres, chiffres, _ ou -</translation>
    </message>
    <message>
        <source>the schema is empty: write a JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>le schéma est vide&#xa0;: écrivez un objet JSON Schema, par ex. {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the schema is a JSON object, { ... }</source>
        <translation>le schéma est un objet JSON, { ... }</translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation>Non valide, rien n&apos;est envoyé avant correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plain text: no response_format is sent.</source>
        <translation>Texte brut&#xa0;: aucun response_format n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object; it is checked when it ends.</source>
        <translation>La réponse doit être un objet JSON&#x202f;; elle est vérifiée à la fin.</translation>
    </message>
    <message>
        <source>Schema %1: the answer is checked against it when it ends.</source>
        <translation>Schéma %1&#xa0;: la réponse est vérifiée par rapport à lui à la fin.</translation>
    </message>
    <message>
        <source>Not checked here: %1.</source>
        <translation>Non vérifié ici&#xa0;: %1.</translation>
    </message>
    <message>
        <source>valid JSON · matches schema %1</source>
        <translation>JSON valide · conforme au schéma %1</translation>
    </message>
    <message>
        <source>valid JSON object</source>
        <translation>objet JSON valide</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>valid JSON · breaks schema %1</source>
        <translation>JSON valide · non conforme au schéma %1</translation>
    </message>
    <message>
        <source>valid JSON · not an object</source>
        <translation>JSON valide · pas un objet</translation>
    </message>
    <message>
        <source>is not an object: each tool is {&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {...}}</source>
        <translation>n&apos;est pas un objet&#xa0;: chaque outil est {&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {...}}</translation>
    </message>
    <message>
        <source>needs &quot;type&quot;: &quot;function&quot; (the only tool type chat servers take)</source>
        <translation>il faut &quot;type&quot;: &quot;function&quot; (le seul type d&apos;outil accepté par les serveurs de chat)</translation>
    </message>
    <message>
        <source>needs a &quot;function&quot; object with its name and parameters</source>
        <translation>il faut un objet &quot;function&quot; avec son nom et ses paramètres</translation>
    </message>
    <message>
        <source>needs a function name of 1 to 64 letters, digits, _ or -</source>
        <translation>il faut un nom de fonction de 1 à 64 lettres, chiffres, _ ou -</translation>
    </message>
    <message>
        <source>has parameters that are not a JSON Schema object</source>
        <translation>a des paramètres qui ne sont pas un objet JSON Schema</translation>
    </message>
    <message>
        <source>the tools are a JSON array, [ ... ], of function tools</source>
        <translation>les outils sont un tableau JSON, [ ... ], d&apos;outils de type fonction</translation>
    </message>
    <message>
        <source>tool %1 %2</source>
        <translation>outil %1 %2</translation>
    </message>
    <message>
        <source>tool %1 repeats the name %2</source>
        <translation>l&apos;outil %1 reprend le nom %2</translation>
    </message>
    <message>
        <source>✔ ready</source>
        <translation>✔ prêt</translation>
    </message>
    <message>
        <source>⚠ asks first</source>
        <translation>⚠ demande d&apos;abord</translation>
    </message>
    <message>
        <source>✖ blocked</source>
        <translation>✖ bloqué</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation>arrêté · la réponse partielle est conservée</translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation>incomplet · le flux a été coupé avant la fin</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::AgreementModel</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Recouvrement top-k</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>Corrélation des rangs</translation>
    </message>
</context>
<context>
    <name>ik::AppSettings</name>
    <message>
        <source>%1; type the proxy as http://host:port, or choose the system&apos;s proxy or none</source>
        <translation>%1&#x202f;; saisissez le proxy sous la forme http://hôte:port, ou choisissez le proxy du système ou aucun</translation>
    </message>
    <message>
        <source>the connect timeout of %1 s is out of range; use 0 (no timeout) to %2 s</source>
        <translation>le délai de connexion de %1 s est hors limites&#x202f;; utilisez de 0 (aucun délai) à %2 s</translation>
    </message>
    <message>
        <source>the idle timeout of %1 s is out of range; use 0 (no timeout) to %2 s</source>
        <translation>le délai d&apos;inactivité de %1 s est hors limites&#x202f;; utilisez de 0 (aucun délai) à %2 s</translation>
    </message>
    <message>
        <source>the palette &quot;%1&quot; is not one of system, light or dark</source>
        <translation>la palette &quot;%1&quot; n&apos;est pas system, light ou dark</translation>
    </message>
</context>
<context>
    <name>ik::ArenaPane</name>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation>Côté %1</translation>
    </message>
    <message>
        <source>waiting for the answer…</source>
        <translation>en attente de la réponse…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>waiting for your answer…</source>
        <translation>en attente de votre réponse…</translation>
    </message>
</context>
<context>
    <name>ik::ArenaRatingsModel</name>
    <message>
        <source>95% interval of the rating: wide while few votes are behind it.</source>
        <translation>Intervalle à 95&#xa0;% de la cote&#xa0;: large tant que peu de votes l&apos;étayent.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Contestant</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Cote</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
</context>
<context>
    <name>ik::ArenaRound</name>
    <message>
        <source>A round is still running: stop it or wait for both answers.</source>
        <translation>Une manche est encore en cours&#xa0;: arrêtez-la ou attendez les deux réponses.</translation>
    </message>
    <message>
        <source>The prompt is empty: type one, or draw one from a set of prompts.</source>
        <translation>Le prompt est vide&#xa0;: saisissez-en un, ou tirez-en un d&apos;un ensemble de prompts.</translation>
    </message>
    <message>
        <source>Pick a chat workload for both contestants.</source>
        <translation>Choisissez une charge de travail de chat pour les deux concurrents.</translation>
    </message>
    <message>
        <source>Both contestants are the same: pick another workload, or the same one with another preset.</source>
        <translation>Les deux concurrents sont identiques&#xa0;: choisissez une autre charge de travail, ou la même avec un autre préréglage.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
</context>
<context>
    <name>ik::ArenaView</name>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Prompt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Type a prompt both contestants answer, or draw one from a set (Ctrl+Enter sends)</source>
        <translation>Saisissez un prompt auquel les deux concurrents répondront, ou tirez-en un d&apos;un ensemble (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>E&amp;nvoyer</translation>
    </message>
    <message>
        <source>Send the prompt to both contestants at once (Ctrl+Enter)</source>
        <translation>Envoyer le prompt aux deux concurrents à la fois (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Stop both answers (Esc); you can still vote on what came</source>
        <translation>Arrêter les deux réponses (Échap)&#x202f;; vous pouvez encore voter sur ce qui est arrivé</translation>
    </message>
    <message>
        <source>Draw from s&amp;et…</source>
        <translation>Tirer d&apos;un en&amp;semble…</translation>
    </message>
    <message>
        <source>A text file with one prompt per line: each round draws one</source>
        <translation>Un fichier texte avec un prompt par ligne&#xa0;: chaque manche en tire un</translation>
    </message>
    <message>
        <source>&amp;Draw another</source>
        <translation>En tirer un a&amp;utre</translation>
    </message>
    <message>
        <source>Contestant &amp;%1</source>
        <translation>Concurrent &amp;%1</translation>
    </message>
    <message>
        <source>Workload of contestant %1</source>
        <translation>Charge de travail du concurrent %1</translation>
    </message>
    <message>
        <source>Parameter preset of contestant %1</source>
        <translation>Préréglage des paramètres du concurrent %1</translation>
    </message>
    <message>
        <source>1 · A is better</source>
        <translation>1 · A est meilleure</translation>
    </message>
    <message>
        <source>2 · B is better</source>
        <translation>2 · B est meilleure</translation>
    </message>
    <message>
        <source>3 · Tie</source>
        <translation>3 · Égalité</translation>
    </message>
    <message>
        <source>4 · Both bad</source>
        <translation>4 · Les deux mauvaises</translation>
    </message>
    <message>
        <source>Vote with key %1 once both answers ended</source>
        <translation>Votez avec la touche %1 une fois les deux réponses terminées</translation>
    </message>
    <message>
        <source>Export &amp;votes…</source>
        <translation>Exporter les &amp;votes…</translation>
    </message>
    <message>
        <source>Every vote as CSV or JSON (by the file&apos;s suffix)</source>
        <translation>Tous les votes en CSV ou JSON (selon l&apos;extension du fichier)</translation>
    </message>
    <message>
        <source>Export &amp;ratings…</source>
        <translation>Exporter le c&amp;lassement…</translation>
    </message>
    <message>
        <source>The ratings table as CSV or JSON (by the file&apos;s suffix)</source>
        <translation>Le tableau du classement en CSV ou JSON (selon l&apos;extension du fichier)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A est meilleure</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B est meilleure</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>les deux mauvaises</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>&amp;Arena</translation>
    </message>
    <message>
        <source>Both answers are in: vote with 1–4.</source>
        <translation>Les deux réponses sont arrivées&#xa0;: votez avec 1–4.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>The workload&apos;s own parameters, no preset</source>
        <translation>Les paramètres propres à la charge de travail, sans préréglage</translation>
    </message>
    <message>
        <source>You voted %1. A was %2; B was %3.</source>
        <translation>Vous avez voté&#xa0;: %1. A était %2&#x202f;; B était %3.</translation>
    </message>
    <message>
        <source>Ratings · 1 vote</source>
        <translation>Classement · 1 vote</translation>
    </message>
    <message>
        <source>Ratings · %1 votes</source>
        <translation>Classement · %1 votes</translation>
    </message>
    <message>
        <source>%1: 1 prompt</source>
        <translation>%1&#xa0;: 1 prompt</translation>
    </message>
    <message>
        <source>%1: %2 prompts</source>
        <translation>%1&#xa0;: %2 prompts</translation>
    </message>
    <message>
        <source>Draw prompts from a set</source>
        <translation>Tirer des prompts d&apos;un ensemble</translation>
    </message>
    <message>
        <source>Text files, one prompt per line (*.txt);;All files (*)</source>
        <translation>Fichiers texte, un prompt par ligne (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export votes</source>
        <translation>Exporter les votes</translation>
    </message>
    <message>
        <source>Export ratings</source>
        <translation>Exporter le classement</translation>
    </message>
</context>
<context>
    <name>ik::AttachmentBar</name>
    <message>
        <source>Attach image…</source>
        <translation>Joindre une image…</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Joindre une image</translation>
    </message>
    <message>
        <source>Attach PNG, JPEG, GIF or WebP images (at most 20 MB each) to the next user turn. Paste or drop them on the prompt too.</source>
        <translation>Joignez des images PNG, JPEG, GIF ou WebP (20 Mo au plus chacune) au prochain tour de l&apos;utilisateur. Vous pouvez aussi les coller ou les déposer sur le prompt.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Joindre des images</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>image collée</translation>
    </message>
</context>
<context>
    <name>ik::Attachments</name>
    <message>
        <source>%1 was not attached: a turn holds at most %2 images. Remove one first.</source>
        <translation>%1 n&apos;a pas été joint&#xa0;: un tour contient au plus %2 images. Retirez-en une d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ik::BatchEmbedder</name>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation>le serveur a renvoyé %1 vecteurs pour %2 entrées</translation>
    </message>
    <message>
        <source>the server returned vectors of different dimensions (%1 and %2)</source>
        <translation>le serveur a renvoyé des vecteurs de dimensions différentes (%1 et %2)</translation>
    </message>
    <message>
        <source>the next batch could not be sent with the judged key</source>
        <translation>le lot suivant n&apos;a pas pu être envoyé avec la clé évaluée</translation>
    </message>
    <message>
        <source>the batch could not be sent again with the judged key</source>
        <translation>le lot n’a pas pu être renvoyé avec la clé évaluée</translation>
    </message>
</context>
<context>
    <name>ik::CaFiles</name>
    <message>
        <source>no CA file is given; choose the PEM file of the deployment&apos;s CA</source>
        <translation>aucun fichier CA n&apos;est indiqué&#x202f;; choisissez le fichier PEM de la CA du déploiement</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist; choose the PEM file of the deployment&apos;s CA</source>
        <translation>le fichier CA %1 n&apos;existe pas&#x202f;; choisissez le fichier PEM de la CA du déploiement</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read; check that it is a file you may read</source>
        <translation>le fichier CA %1 est illisible&#x202f;; vérifiez que c&apos;est un fichier que vous pouvez lire</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); choose the CA&apos;s certificate, not its key or a DER file</source>
        <translation>le fichier CA %1 ne contient aucun certificat PEM (-----BEGIN CERTIFICATE-----)&#x202f;; choisissez le certificat de la CA, pas sa clé ni un fichier DER</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; for a CA file is not an https:// URL with a host; use the workload&apos;s base URL, like https://staging.example.com</source>
        <translation>l&apos;URL de base &quot;%1&quot; d&apos;un fichier CA n&apos;est pas une URL https:// avec un hôte&#x202f;; utilisez l&apos;URL de base de la charge de travail, comme https://staging.example.com</translation>
    </message>
</context>
<context>
    <name>ik::ClusterModel</name>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Main label</source>
        <translation>Étiquette principale</translation>
    </message>
    <message>
        <source>Most central texts</source>
        <translation>Textes les plus centraux</translation>
    </message>
    <message>
        <source>Against the labels: purity %1, adjusted Rand index %2.</source>
        <translation>Par rapport aux étiquettes&#xa0;: pureté %1, indice de Rand ajusté %2.</translation>
    </message>
</context>
<context>
    <name>ik::ComparePane</name>
    <message>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>max. %1 tokens</translation>
    </message>
    <message>
        <source>top_p %1</source>
        <translation>top_p %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stop sequence(s)</source>
        <translation>
            <numerusform>%n séquence d&apos;arrêt</numerusform>
            <numerusform>%n séquences d&apos;arrêt</numerusform>
        </translation>
    </message>
    <message>
        <source>presence %1</source>
        <translation>présence %1</translation>
    </message>
    <message>
        <source>frequency %1</source>
        <translation>fréquence %1</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>valeurs du serveur</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Workload of this pane</source>
        <translation>Charge de travail de ce volet</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop this pane only; the partial answer is kept</source>
        <translation>Arrêter ce volet seulement&#x202f;; la réponse partielle est conservée</translation>
    </message>
    <message>
        <source>Stop this pane</source>
        <translation>Arrêter ce volet</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Retirer ce volet</translation>
    </message>
    <message>
        <source>Credential guard verdict</source>
        <translation>Verdict du contrôle des identifiants</translation>
    </message>
    <message>
        <source>Model that served</source>
        <translation>Modèle qui a répondu</translation>
    </message>
    <message>
        <source>model: —</source>
        <translation>modèle&#xa0;: —</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Show this pane&apos;s parameters</source>
        <translation>Afficher les paramètres de ce volet</translation>
    </message>
    <message>
        <source>Parameters of this pane</source>
        <translation>Paramètres de ce volet</translation>
    </message>
    <message>
        <source>Metrics of this pane</source>
        <translation>Mesures de ce volet</translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation>Volet %1</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1 (non listée)</translation>
    </message>
    <message>
        <source>no workload</source>
        <translation>aucune charge de travail</translation>
    </message>
    <message>
        <source>Pick a chat workload for this pane.</source>
        <translation>Choisissez une charge de travail de chat pour ce volet.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>lecture de la clé…</translation>
    </message>
    <message>
        <source>This pane has no chat workload</source>
        <translation>Ce volet n&apos;a pas de charge de travail de chat</translation>
    </message>
    <message>
        <source>Pick a chat workload in the pane&apos;s header.</source>
        <translation>Choisissez une charge de travail de chat dans l&apos;en-tête du volet.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>waiting for your answer…</source>
        <translation>en attente de votre réponse…</translation>
    </message>
    <message>
        <source>streaming… run %1 of %2</source>
        <translation>réception… exécution %1 sur %2</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message>
        <source>not sent · blocked by the credential guard</source>
        <translation>non envoyée · bloquée par le contrôle des identifiants</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>arrêtée avant l&apos;envoi</translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation>échec · la réponse partielle est conservée</translation>
    </message>
    <message>
        <source> · run %1 of %2</source>
        <translation> · exécution %1 sur %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>modèle&#xa0;: %1</translation>
    </message>
    <message>
        <source>The model that served this pane&apos;s last answer</source>
        <translation>Le modèle qui a servi la dernière réponse de ce volet</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation>Réponse incomplète</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier token %1</translation>
    </message>
    <message>
        <source>%1 tok/s (%2)</source>
        <translation>%1 tok/s (%2)</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>fragments</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation>exécution %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct answer(s)</source>
        <translation>
            <numerusform>%n réponse distincte</numerusform>
            <numerusform>%n réponses distinctes</numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>Tool calls of this pane&apos;s answer</source>
        <translation>Appels d&apos;outils de la réponse de ce volet</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Appel d&apos;outil&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::CompareSpreadModel</name>
    <message>
        <source>Pane</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Done / runs</source>
        <translation>Terminées / exécutions</translation>
    </message>
    <message>
        <source>First token median</source>
        <translation>Médiane du premier token</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max.</translation>
    </message>
    <message>
        <source>Tokens/s median</source>
        <translation>Médiane des tokens/s</translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation>Réponses distinctes</translation>
    </message>
</context>
<context>
    <name>ik::CompareSummaryModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>no (%1 of %2 valid)</source>
        <translation>non (%1 sur %2 valides)</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens inconnus</translation>
    </message>
    <message>
        <source>%1 + %2 unknown</source>
        <translation>%1 + %2 inconnu</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 exécution</translation>
    </message>
    <message>
        <source>best %1 across the panes</source>
        <translation>le meilleur %1 parmi les volets</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>délai avant le premier token</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens par seconde</translation>
    </message>
    <message>
        <source>total time</source>
        <translation>durée totale</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source> (usage)</source>
        <translation> (usage)</translation>
    </message>
    <message>
        <source> (chunks)</source>
        <translation> (fragments)</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Premier token</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation>Réponses distinctes</translation>
    </message>
    <message>
        <source>Cost (round %1)</source>
        <translation>Coût (tour %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronquée</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
</context>
<context>
    <name>ik::CompareTableModel</name>
    <message>
        <source>best</source>
        <translation>meilleur</translation>
    </message>
</context>
<context>
    <name>ik::CompareView</name>
    <message>
        <source>Pane %1 · %2</source>
        <translation>Volet %1 · %2</translation>
    </message>
    <message>
        <source>The diff is off: tick “Show diff” to compare two answers word by word.</source>
        <translation>La comparaison est désactivée&#xa0;: cochez «&#xa0;Afficher les différences&#xa0;» pour comparer deux réponses mot à mot.</translation>
    </message>
    <message>
        <source>Pick two different panes as A and B.</source>
        <translation>Choisissez deux volets différents comme A et B.</translation>
    </message>
    <message>
        <source>pane %1 → pane %2: %3 words removed, %4 added, %5 kept</source>
        <translation>volet %1 → volet %2&#xa0;: %3 mots retirés, %4 ajoutés, %5 conservés</translation>
    </message>
    <message>
        <source>pane %1 and pane %2 gave the same answer</source>
        <translation>le volet %1 et le volet %2 ont donné la même réponse</translation>
    </message>
    <message>
        <source> (coarse: the answers are long, the search was cut short)</source>
        <translation> (approximative&#xa0;: les réponses sont longues, la recherche a été écourtée)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 panes · %4</source>
        <translation>#%1 · %2 · %3 volets · %4</translation>
    </message>
    <message>
        <source>Reopened comparison #%1</source>
        <translation>Comparaison n° %1 rouverte</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Supprimer la comparaison</translation>
    </message>
    <message>
        <source>Delete the saved comparison “%1”? Its runs stay in history.</source>
        <translation>Supprimer la comparaison enregistrée «&#xa0;%1&#xa0;»&#x202f;? Ses exécutions restent dans l&apos;historique.</translation>
    </message>
    <message>
        <source>The comparison could not be deleted: %1</source>
        <translation>La comparaison n&apos;a pas pu être supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deleted comparison #%1</source>
        <translation>Comparaison n° %1 supprimée</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>L&apos;exportation a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exporter la comparaison</translation>
    </message>
    <message>
        <source>System prompt sent to every pane</source>
        <translation>Prompt système envoyé à chaque volet</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>Prompt système facultatif</translation>
    </message>
    <message>
        <source>Prompt sent to every pane</source>
        <translation>Prompt envoyé à chaque volet</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends to every pane, Esc stops them all)</source>
        <translation>&amp;Prompt (Ctrl+Entrée envoie à chaque volet, Échap les arrête tous)</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation sent to every pane</source>
        <translation>Tours précédents de la conversation envoyés à chaque volet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>+ user</source>
        <translation>+ utilisateur</translation>
    </message>
    <message>
        <source>Move the prompt into the conversation as a user turn</source>
        <translation>Déplacer le prompt dans la conversation comme tour de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>+ answer of diff A</source>
        <translation>+ réponse de A (différences)</translation>
    </message>
    <message>
        <source>Add the answer of the pane chosen as A in the diff tab as an assistant turn</source>
        <translation>Ajouter comme tour de l&apos;assistant la réponse du volet choisi comme A dans l&apos;onglet des différences</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Earlier &amp;turns (optional conversation)</source>
        <translation>&amp;Tours précédents (conversation facultative)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Envoyer à tous</translation>
    </message>
    <message>
        <source>Send the prompt to every pane at once (Ctrl+Enter)</source>
        <translation>Envoyer le prompt à tous les volets à la fois (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>Stop every pane (Esc); partial answers are kept</source>
        <translation>Arrêter tous les volets (Échap)&#x202f;; les réponses partielles sont conservées</translation>
    </message>
    <message>
        <source>Add pane</source>
        <translation>Ajouter un volet</translation>
    </message>
    <message>
        <source>&amp;Runs per pane</source>
        <translation>&amp;Exécutions par volet</translation>
    </message>
    <message>
        <source>Runs per pane</source>
        <translation>Exécutions par volet</translation>
    </message>
    <message>
        <source>seed + 1 per run</source>
        <translation>graine + 1 par exécution</translation>
    </message>
    <message>
        <source>Run i uses the pane&apos;s seed + i (0 + i when unset), to see how much the answer depends on sampling</source>
        <translation>L&apos;exécution i utilise la graine du volet + i (0 + i si elle n&apos;est pas définie), pour voir à quel point la réponse dépend de l&apos;échantillonnage</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répéter</translation>
    </message>
    <message>
        <source>Run every pane N times and show the spread</source>
        <translation>Exécuter chaque volet N fois et afficher la dispersion</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaisons enregistrées</translation>
    </message>
    <message>
        <source>Saved comparisons: pick one to reopen or delete</source>
        <translation>Comparaisons enregistrées&#xa0;: choisissez-en une pour la rouvrir ou la supprimer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation>Supprimer la comparaison enregistrée sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison (its runs stay in history)</source>
        <translation>Supprimer la comparaison enregistrée sélectionnée (ses exécutions restent dans l&apos;historique)</translation>
    </message>
    <message>
        <source>Export comparison as &amp;Markdown…</source>
        <translation>Exporter la comparaison en &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export comparison as &amp;JSON…</source>
        <translation>Exporter la comparaison en &amp;JSON…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown or JSON</source>
        <translation>Exporter la comparaison en Markdown ou JSON</translation>
    </message>
    <message>
        <source>Summary across panes; ★ marks the best value</source>
        <translation>Résumé des volets&#x202f;; ★ marque la meilleure valeur</translation>
    </message>
    <message>
        <source>Summary (★ best)</source>
        <translation>Résumé (★ meilleur)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Spread of repeated runs</source>
        <translation>Dispersion des exécutions répétées</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Show &amp;diff</source>
        <translation>Afficher les &amp;différences</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Réponse A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Réponse B</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A&#xa0;:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>Write a prompt first: it goes to every pane.</source>
        <translation>Écrivez d&apos;abord un prompt&#xa0;: il est envoyé à chaque volet.</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>La comparaison n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>Comparaison terminée</translation>
    </message>
    <message>
        <source>Too&amp;ls &amp;&amp; format</source>
        <translation>&amp;Outils et format</translation>
    </message>
    <message>
        <source>The tools and the response format sent to every pane</source>
        <translation>Les outils et le format de réponse envoyés à chaque volet</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::ConfirmBar</name>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Send anyway?
%1</source>
        <translation>Envoyer quand même&#x202f;?
%1</translation>
    </message>
</context>
<context>
    <name>ik::ConfusionModel</name>
    <message>
        <source>Cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
</context>
<context>
    <name>ik::ControlPlane</name>
    <message>
        <source>This is an ik_live_ data-plane key (%1); listing workloads needs an ik_sdk_ control token.</source>
        <translation>Ceci est une clé ik_live_ du plan de données (%1)&#x202f;; lister les charges de travail demande un jeton de contrôle ik_sdk_.</translation>
    </message>
    <message>
        <source>Create or copy a control token (ik_sdk_...) in the project&apos;s settings; keys only call workloads.</source>
        <translation>Créez ou copiez un jeton de contrôle (ik_sdk_...) dans les paramètres du projet&#x202f;; les clés ne font qu&apos;appeler des charges de travail.</translation>
    </message>
    <message>
        <source>No control token given.</source>
        <translation>Aucun jeton de contrôle fourni.</translation>
    </message>
    <message>
        <source>Paste the project&apos;s ik_sdk_ control token.</source>
        <translation>Collez le jeton de contrôle ik_sdk_ du projet.</translation>
    </message>
    <message>
        <source>The control token has extra characters around it (spaces, quotes, a newline or &quot;Bearer &quot;).</source>
        <translation>Le jeton de contrôle est entouré de caractères en trop (espaces, guillemets, un saut de ligne ou &quot;Bearer &quot;).</translation>
    </message>
    <message>
        <source>This is not a well-formed ik_sdk_ control token.</source>
        <translation>Ce n&apos;est pas un jeton de contrôle ik_sdk_ bien formé.</translation>
    </message>
    <message>
        <source>Paste it again; the field cleans it up.</source>
        <translation>Collez-le à nouveau&#x202f;; le champ le nettoie.</translation>
    </message>
    <message>
        <source>Copy the whole control token again.</source>
        <translation>Copiez à nouveau le jeton de contrôle en entier.</translation>
    </message>
    <message>
        <source>Fix the base URL.</source>
        <translation>Corrigez l&apos;URL de base.</translation>
    </message>
    <message>
        <source>Refusing to send a control token over plain http:// to a host that is not this computer.</source>
        <translation>Refus d&apos;envoyer un jeton de contrôle en http:// non chiffré à un hôte qui n&apos;est pas cet ordinateur.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the server.</source>
        <translation>Utilisez l&apos;URL https:// du serveur.</translation>
    </message>
    <message>
        <source>project slug</source>
        <translation>slug du projet</translation>
    </message>
    <message>
        <source>Fix the project slug.</source>
        <translation>Corrigez le slug du projet.</translation>
    </message>
    <message>
        <source>The workload list is not JSON: %1.</source>
        <translation>La liste des charges de travail n&apos;est pas du JSON&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Check that the base URL points at the InferenceKey API.</source>
        <translation>Vérifiez que l&apos;URL de base pointe vers l&apos;API d&apos;InferenceKey.</translation>
    </message>
    <message>
        <source>The answer holds no list of workloads.</source>
        <translation>La réponse ne contient aucune liste de charges de travail.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Pas d&apos;accès au réseau.</translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation>Redémarrez l&apos;application.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: the control token is never sent to another host or over plain http.</source>
        <translation>Redirection vers %1 refusée&#xa0;: le jeton de contrôle n&apos;est jamais envoyé à un autre hôte ni en http non chiffré.</translation>
    </message>
    <message>
        <source>Use the server&apos;s final URL as the base URL.</source>
        <translation>Utilisez l&apos;URL finale du serveur comme URL de base.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is reachable.</source>
        <translation>Vérifiez l&apos;URL de base et que le serveur est joignable.</translation>
    </message>
</context>
<context>
    <name>ik::ConversationModel</name>
    <message>
        <source>called %1</source>
        <translation>a appelé %1</translation>
    </message>
    <message>
        <source>[1 image]</source>
        <translation>[1 image]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Cost</name>
    <message>
        <source>cost: tokens unknown</source>
        <translation>coût&#xa0;: tokens inconnus</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coût %1</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens inconnus</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion</source>
        <translation>%1 de prompt + %2 de réponse</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 de raisonnement)</translation>
    </message>
</context>
<context>
    <name>ik::Credential</name>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un saut de ligne</translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation>une espace insécable</translation>
    </message>
    <message>
        <source>an ellipsis &apos;…&apos;</source>
        <translation>des points de suspension &apos;…&apos;</translation>
    </message>
    <message>
        <source>character &apos;%1&apos;</source>
        <translation>le caractère &apos;%1&apos;</translation>
    </message>
    <message>
        <source>character U+%1</source>
        <translation>le caractère U+%1</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>au début</translation>
    </message>
    <message>
        <source>trailing</source>
        <translation>à la fin</translation>
    </message>
    <message>
        <source>a %1 CRLF line break</source>
        <translation>un saut de ligne CRLF %1</translation>
    </message>
    <message>
        <source>a %1 newline</source>
        <translation>un saut de ligne %1</translation>
    </message>
    <message>
        <source>%1 %2 line breaks</source>
        <translation>%1 sauts de ligne %2</translation>
    </message>
    <message>
        <source>a %1 space</source>
        <translation>une espace %1</translation>
    </message>
    <message>
        <source>%1 %2 spaces</source>
        <translation>%1 espaces %2</translation>
    </message>
    <message>
        <source>a %1 tab</source>
        <translation>une tabulation %1</translation>
    </message>
    <message>
        <source>%1 %2 tabs</source>
        <translation>%1 tabulations %2</translation>
    </message>
    <message>
        <source>a %1 invisible character (zero-width space or BOM)</source>
        <translation>un caractère invisible %1 (espace sans chasse ou BOM)</translation>
    </message>
    <message>
        <source>%1 %2 invisible characters (zero-width space or BOM)</source>
        <translation>%1 caractères invisibles %2 (espace sans chasse ou BOM)</translation>
    </message>
    <message>
        <source>a %1 whitespace character</source>
        <translation>un caractère d&apos;espacement %1</translation>
    </message>
    <message>
        <source>%1 %2 whitespace characters</source>
        <translation>%1 caractères d&apos;espacement %2</translation>
    </message>
    <message>
        <source>removed </source>
        <translation>retiré&#xa0;: </translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>An InferenceKey workload key is ik_live_, an 8-character hex id, &apos;_&apos;, then a 64-character hex secret.</source>
        <translation>Une clé de charge de travail InferenceKey se compose de ik_live_, d&apos;un id hexadécimal de 8 caractères, de &apos;_&apos;, puis d&apos;un secret hexadécimal de 64 caractères.</translation>
    </message>
    <message>
        <source>%1 at position %2 %3</source>
        <translation>%1 à la position %2 %3</translation>
    </message>
    <message>
        <source>the key stops after &apos;ik_&apos;: the kind, the id and the secret are missing</source>
        <translation>la clé s&apos;arrête après &apos;ik_&apos;&#xa0;: le type, l&apos;id et le secret manquent</translation>
    </message>
    <message>
        <source>the kind is missing after &apos;ik_&apos;</source>
        <translation>le type manque après &apos;ik_&apos;</translation>
    </message>
    <message>
        <source>only &apos;ik_&apos; and a kind were given: the id and the secret are missing</source>
        <translation>seuls &apos;ik_&apos; et un type ont été donnés&#xa0;: l&apos;id et le secret manquent</translation>
    </message>
    <message>
        <source>does not belong in a key</source>
        <translation>n&apos;a pas sa place dans une clé</translation>
    </message>
    <message>
        <source>unknown credential kind &apos;ik_%1_&apos;: inference needs an ik_live_ key</source>
        <translation>type d&apos;identifiant inconnu &apos;ik_%1_&apos;&#xa0;: l&apos;inférence demande une clé ik_live_</translation>
    </message>
    <message>
        <source>the key stops after &apos;%1&apos;: the id and the secret are missing</source>
        <translation>la clé s&apos;arrête après &apos;%1&apos;&#xa0;: l&apos;id et le secret manquent</translation>
    </message>
    <message>
        <source>is not hex (in the id)</source>
        <translation>n&apos;est pas hexadécimal (dans l&apos;id)</translation>
    </message>
    <message>
        <source>the &apos;_&apos; between the %1-character id and the secret is missing (%2 characters follow &apos;%3&apos;)</source>
        <translation>le &apos;_&apos; entre l&apos;id de %1 caractères et le secret manque (%2 caractères suivent &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id</source>
        <translation>le secret manque&#xa0;: la clé s&apos;arrête après l&apos;id</translation>
    </message>
    <message>
        <source>the id is missing between &apos;%1&apos; and &apos;_&apos;</source>
        <translation>l&apos;id manque entre &apos;%1&apos; et &apos;_&apos;</translation>
    </message>
    <message>
        <source>the id has %1 of %2 hex characters</source>
        <translation>l&apos;id a %1 caractères hexadécimaux sur %2</translation>
    </message>
    <message>
        <source>the id has %1 hex characters, expected %2</source>
        <translation>l&apos;id a %1 caractères hexadécimaux, %2 attendus</translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id and &apos;_&apos;</source>
        <translation>le secret manque&#xa0;: la clé s&apos;arrête après l&apos;id et &apos;_&apos;</translation>
    </message>
    <message>
        <source>is not hex (in the secret)</source>
        <translation>n&apos;est pas hexadécimal (dans le secret)</translation>
    </message>
    <message>
        <source>the secret has %1 of %2 hex characters: truncated paste?</source>
        <translation>le secret a %1 caractères hexadécimaux sur %2&#xa0;: collage tronqué&#x202f;?</translation>
    </message>
    <message>
        <source>the secret has %1 hex characters, expected %2: extra characters pasted?</source>
        <translation>le secret a %1 caractères hexadécimaux, %2 attendus&#xa0;: caractères en trop collés&#x202f;?</translation>
    </message>
    <message>
        <source>this is the redacted form of a key (it contains &apos;…&apos;), not the key itself: truncated paste?</source>
        <translation>ceci est la forme masquée d&apos;une clé (elle contient &apos;…&apos;), pas la clé elle-même&#xa0;: collage tronqué&#x202f;?</translation>
    </message>
    <message>
        <source> (it looks like an Anthropic key)</source>
        <translation> (cela ressemble à une clé Anthropic)</translation>
    </message>
    <message>
        <source> (it looks like an OpenAI-style sk- key)</source>
        <translation> (cela ressemble à une clé sk- de type OpenAI)</translation>
    </message>
    <message>
        <source> (it looks like a Hugging Face token)</source>
        <translation> (cela ressemble à un jeton Hugging Face)</translation>
    </message>
    <message>
        <source> (it looks like a JWT)</source>
        <translation> (cela ressemble à un JWT)</translation>
    </message>
    <message>
        <source>wrong credential type: this is the project&apos;s control-plane token; inference needs the workload&apos;s ik_live_ key</source>
        <translation>mauvais type d&apos;identifiant&#xa0;: ceci est le jeton du plan de contrôle du projet&#x202f;; l&apos;inférence demande la clé ik_live_ de la charge de travail</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key here; keep the ik_sdk_ token for the control plane (importing workloads).</source>
        <translation>Utilisez ici la clé ik_live_ de la charge de travail&#x202f;; gardez le jeton ik_sdk_ pour le plan de contrôle (import de charges de travail).</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>aucune clé fournie</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key, or set INFERENCEKEY_API_KEY.</source>
        <translation>Collez la clé ik_live_ de la charge de travail, ou définissez INFERENCEKEY_API_KEY.</translation>
    </message>
    <message>
        <source>a well-formed ik_live_ workload key (%1)</source>
        <translation>une clé de charge de travail ik_live_ bien formée (%1)</translation>
    </message>
    <message>
        <source>not an InferenceKey key, which is fine for an endpoint that is not InferenceKey</source>
        <translation>pas une clé InferenceKey, ce qui convient à un point d&apos;accès qui n&apos;est pas InferenceKey</translation>
    </message>
    <message>
        <source>this is not an InferenceKey key%1</source>
        <translation>ce n&apos;est pas une clé InferenceKey%1</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key. A key from another provider only works with an endpoint marked as not InferenceKey.</source>
        <translation>Utilisez la clé ik_live_ de la charge de travail. Une clé d&apos;un autre fournisseur ne fonctionne qu&apos;avec un point d&apos;accès marqué comme n&apos;étant pas InferenceKey.</translation>
    </message>
    <message>
        <source>the parts are separated by &apos;-&apos;: an InferenceKey key uses &apos;_&apos;</source>
        <translation>les parties sont séparées par &apos;-&apos;&#xa0;: une clé InferenceKey utilise &apos;_&apos;</translation>
    </message>
    <message>
        <source>the prefix must be lowercase &apos;ik_live_&apos;</source>
        <translation>le préfixe doit être &apos;ik_live_&apos; en minuscules</translation>
    </message>
    <message>
        <source>the key does not have the shape ik_live_&lt;id&gt;_&lt;secret&gt;</source>
        <translation>la clé n&apos;a pas la forme ik_live_&lt;id&gt;_&lt;secret&gt;</translation>
    </message>
    <message>
        <source>Copy the key again, in full, from where it was issued. </source>
        <translation>Copiez à nouveau la clé en entier depuis l&apos;endroit où elle a été émise. </translation>
    </message>
    <message>
        <source>removed surrounding %1</source>
        <translation>retiré&#xa0;: %1 autour</translation>
    </message>
    <message>
        <source>removed a leading &quot;Authorization:&quot; header name</source>
        <translation>retiré&#xa0;: un nom d&apos;en-tête &quot;Authorization:&quot; au début</translation>
    </message>
    <message>
        <source>removed a leading &quot;Bearer &quot;</source>
        <translation>retiré&#xa0;: un &quot;Bearer &quot; au début</translation>
    </message>
    <message>
        <source>the key has extra characters around it (%1)</source>
        <translation>la clé est entourée de caractères en trop (%1)</translation>
    </message>
    <message>
        <source>Use the cleaned-up key%1.</source>
        <translation>Utilisez la clé nettoyée%1.</translation>
    </message>
    <message>
        <source>no key given: only whitespace or quotes (%1)</source>
        <translation>aucune clé fournie&#xa0;: seulement des espaces ou des guillemets (%1)</translation>
    </message>
    <message>
        <source> (after cleaning up: %1)</source>
        <translation> (après nettoyage&#xa0;: %1)</translation>
    </message>
</context>
<context>
    <name>ik::DataFolder</name>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message numerus="yes">
        <source>the copy holds %1 of the %n runs</source>
        <translation>
            <numerusform>la copie contient %1 de la %n exécution</numerusform>
            <numerusform>la copie contient %1 des %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>no folder was chosen</source>
        <translation>aucun dossier n’a été choisi</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder</source>
        <translation>%1 est un fichier, pas un dossier ; choisissez un dossier</translation>
    </message>
    <message>
        <source>%1 cannot be created; choose a folder you can write to</source>
        <translation>impossible de créer %1 ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>%1 is not writable (%2); choose a folder you can write to</source>
        <translation>%1 n’est pas accessible en écriture (%2) ; choisissez un dossier où vous pouvez écrire</translation>
    </message>
    <message>
        <source>%1 already holds a history database; choose another folder, or move that file away first</source>
        <translation>%1 contient déjà une base d’historique ; choisissez un autre dossier, ou déplacez d’abord ce fichier ailleurs</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>the history could not be copied to %1 (%2); it stays in %3</source>
        <translation>l’historique n’a pas pu être copié dans %1 (%2) ; il reste dans %3</translation>
    </message>
    <message>
        <source>the history was not carried over to %1: %2; this start uses %3 again and tries once more next time</source>
        <translation>l’historique n’a pas été transféré dans %1 : %2 ; ce démarrage réutilise %3 et réessaiera la prochaine fois</translation>
    </message>
</context>
<context>
    <name>ik::DiffView</name>
    <message>
        <source>Differences between the two answers</source>
        <translation>Différences entre les deux réponses</translation>
    </message>
    <message>
        <source>Marks: &lt;span style=&quot;background-color:%1&quot;&gt;&lt;s&gt;struck through on red&lt;/s&gt;&lt;/span&gt; = only in A &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;background-color:%2&quot;&gt;&lt;u&gt;underlined on green&lt;/u&gt;&lt;/span&gt; = only in B &amp;nbsp;·&amp;nbsp; plain = in both</source>
        <translation>Marques&#xa0;: &lt;span style=&quot;background-color:%1&quot;&gt;&lt;s&gt;barré sur rouge&lt;/s&gt;&lt;/span&gt; = seulement dans A &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;background-color:%2&quot;&gt;&lt;u&gt;souligné sur vert&lt;/u&gt;&lt;/span&gt; = seulement dans B &amp;nbsp;·&amp;nbsp; normal = dans les deux</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>seulement dans A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>seulement dans B</translation>
    </message>
</context>
<context>
    <name>ik::DimStatsModel</name>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Écart type</translation>
    </message>
</context>
<context>
    <name>ik::EmbedCache</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>the cached embeddings in %1 cannot be used: %2; embed the set again to replace them</source>
        <translation>les vecteurs en cache dans %1 sont inutilisables : %2 ; vectorisez à nouveau l’ensemble pour les remplacer</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes, less than its header)</source>
        <translation>le fichier est tronqué (%1 octets, moins que son en-tête)</translation>
    </message>
    <message>
        <source>it is not an embedding cache file</source>
        <translation>ce n’est pas un fichier de cache de vecteurs</translation>
    </message>
    <message>
        <source>its header does not match its checksum (the file is damaged)</source>
        <translation>son en-tête ne correspond pas à sa somme de contrôle (le fichier est endommagé)</translation>
    </message>
    <message>
        <source>it was written in cache format %1, which this version does not read</source>
        <translation>il a été écrit au format de cache %1, que cette version ne lit pas</translation>
    </message>
    <message>
        <source>its header gives an impossible shape (%1 × %2)</source>
        <translation>son en-tête donne une forme impossible (%1 × %2)</translation>
    </message>
    <message>
        <source>it is truncated or padded: it holds %1 bytes where %2 × %3 vectors take %4</source>
        <translation>il est tronqué ou complété : il contient %1 octets là où %2 × %3 vecteurs en occupent %4</translation>
    </message>
    <message>
        <source>its sidecar %1 cannot be read (%2)</source>
        <translation>son fichier annexe %1 est illisible (%2)</translation>
    </message>
    <message>
        <source>its sidecar %1 does not match the checksum the vectors file holds for it</source>
        <translation>son fichier annexe %1 ne correspond pas à la somme de contrôle que le fichier de vecteurs garde pour lui</translation>
    </message>
    <message>
        <source>its sidecar %1 is not the one written with it</source>
        <translation>son fichier annexe %1 n’est pas celui écrit avec lui</translation>
    </message>
    <message>
        <source>there are no vectors to cache</source>
        <translation>il n’y a aucun vecteur à mettre en cache</translation>
    </message>
    <message>
        <source>the texts, labels or ids do not match the %1 vectors</source>
        <translation>les textes, étiquettes ou identifiants ne correspondent pas aux %1 vecteurs</translation>
    </message>
    <message>
        <source>the embedding cache needs a little-endian machine</source>
        <translation>le cache de vecteurs exige une machine little-endian</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>impossible de créer le dossier de cache %1</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>il ne s’ouvre pas (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it cannot be mapped (%1)</source>
        <translation>il ne peut pas être projeté en mémoire (%1)</translation>
    </message>
    <message>
        <source>it holds another set (its key differs)</source>
        <translation>il contient un autre ensemble (sa clé diffère)</translation>
    </message>
    <message>
        <source>its vectors do not match their checksum (the file is damaged)</source>
        <translation>ses vecteurs ne correspondent pas à leur somme de contrôle (le fichier est endommagé)</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingInputs</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file holds no inputs</source>
        <translation>le fichier ne contient aucune entrée</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>un champ entre guillemets ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; the comma is missing?</source>
        <translation>du texte après le guillemet fermant d&apos;un champ&#x202f;; la virgule manque&#x202f;?</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>un guillemet dans un champ sans guillemets&#x202f;; mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;)</translation>
    </message>
    <message>
        <source>no text column %1: the row has %2 field(s)</source>
        <translation>pas de colonne de texte %1&#xa0;: la ligne a %2 champ(s)</translation>
    </message>
    <message>
        <source>the text (column %1) is empty</source>
        <translation>le texte (colonne %1) est vide</translation>
    </message>
    <message>
        <source>the file holds a header and no inputs</source>
        <translation>le fichier contient un en-tête et aucune entrée</translation>
    </message>
    <message>
        <source>no &quot;text&quot; field (also looked for %1)</source>
        <translation>pas de champ &quot;text&quot; (%1 aussi cherché)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number</source>
        <translation>&quot;%1&quot; doit être une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; use .txt (one input per line), .csv or .jsonl</source>
        <translation>%1&#xa0;: type de fichier inconnu&#x202f;; utilisez .txt (une entrée par ligne), .csv ou .jsonl</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>« %1 » est vide</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingModel</name>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>L2 norm</source>
        <translation>Norme L2</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingsView</name>
    <message>
        <source>No vectors yet.</source>
        <translation>Pas encore de vecteurs.</translation>
    </message>
    <message>
        <source>Embedded inputs and their vectors</source>
        <translation>Entrées vectorisées et leurs vecteurs</translation>
    </message>
    <message>
        <source>All values of the selected vector</source>
        <translation>Toutes les valeurs du vecteur sélectionné</translation>
    </message>
    <message>
        <source>Selected vector</source>
        <translation>Vecteur sélectionné</translation>
    </message>
    <message>
        <source>Mean and spread per dimension</source>
        <translation>Moyenne et dispersion par dimension</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation>Par dimension</translation>
    </message>
    <message>
        <source>Cosine similarity heatmap</source>
        <translation>Carte de chaleur de la similarité cosinus</translation>
    </message>
    <message>
        <source>Hover the heatmap for a pair; click to read both texts.</source>
        <translation>Survolez la carte de chaleur pour voir une paire&#x202f;; cliquez pour lire les deux textes.</translation>
    </message>
    <message>
        <source>The two texts of the chosen pair</source>
        <translation>Les deux textes de la paire choisie</translation>
    </message>
    <message>
        <source>Nearest neighbours: select an input.</source>
        <translation>Plus proches voisins&#xa0;: sélectionnez une entrée.</translation>
    </message>
    <message>
        <source>Neighbours shown</source>
        <translation>Voisins affichés</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k&#xa0;:</translation>
    </message>
    <message>
        <source>Nearest neighbours of the selected input</source>
        <translation>Plus proches voisins de l&apos;entrée sélectionnée</translation>
    </message>
    <message>
        <source>Inputs nearest to the query</source>
        <translation>Entrées les plus proches de la requête</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>A query: it is embedded and the set ranked against it</source>
        <translation>Une requête&#xa0;: elle est vectorisée et l&apos;ensemble est classé par rapport à elle</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Classer</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) analysed in %1 ms.</source>
        <translation>
            <numerusform>%n vecteur analysé en %1 ms.</numerusform>
            <numerusform>%n vecteurs analysés en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>normalised (every norm is 1)</source>
        <translation>normalisés (toutes les normes valent 1)</translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation>non normalisés</translation>
    </message>
    <message>
        <source>More than %1 inputs: no heatmap (the matrix would not fit comfortably in memory); neighbours are computed per input.</source>
        <translation>Plus de %1 entrées&#xa0;: pas de carte de chaleur (la matrice ne tiendrait pas aisément en mémoire)&#x202f;; les voisins sont calculés entrée par entrée.</translation>
    </message>
    <message>
        <source>Nearest neighbours of #%1 “%2”</source>
        <translation>Plus proches voisins de n° %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Cosine %1

#%2: %3

#%4: %5</source>
        <translation>Cosinus %1

#%2&#xa0;: %3

#%4&#xa0;: %5</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>Saisissez d&apos;abord une requête.</translation>
    </message>
    <message>
        <source>Embed a set first: the query is ranked against it.</source>
        <translation>Vectorisez d&apos;abord un ensemble&#xa0;: la requête est classée par rapport à lui.</translation>
    </message>
    <message>
        <source>Pick the embedding workload the set was embedded with.</source>
        <translation>Choisissez la charge de travail d&apos;embedding avec laquelle l&apos;ensemble a été vectorisé.</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>Vectorisation de la requête…</translation>
    </message>
    <message>
        <source>The query has %1 dimensions, the set %2: embed the set with this workload first.</source>
        <translation>La requête a %1 dimensions, l&apos;ensemble %2&#xa0;: vectorisez d&apos;abord l&apos;ensemble avec cette charge de travail.</translation>
    </message>
    <message>
        <source>The set ranked against the query.</source>
        <translation>L&apos;ensemble classé par rapport à la requête.</translation>
    </message>
    <message>
        <source>Embed a set first, then pick a second embedding workload.</source>
        <translation>Vectorisez d&apos;abord un ensemble, puis choisissez une seconde charge de travail d&apos;embedding.</translation>
    </message>
    <message>
        <source>Agreement with the second embedding workload</source>
        <translation>Concordance avec la seconde charge de travail d&apos;embedding</translation>
    </message>
    <message>
        <source>Second embedding workload</source>
        <translation>Seconde charge de travail d&apos;embedding</translation>
    </message>
    <message>
        <source>Neighbours compared (k)</source>
        <translation>Voisins comparés (k)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Embed the same inputs with:</source>
        <translation>Vectoriser les mêmes entrées avec&#xa0;:</translation>
    </message>
    <message>
        <source>top-k:</source>
        <translation>top-k&#xa0;:</translation>
    </message>
    <message>
        <source>Embed a set first, then compare it with a second workload.</source>
        <translation>Vectorisez d&apos;abord un ensemble, puis comparez-le avec une seconde charge de travail.</translation>
    </message>
    <message>
        <source>Pick a second embedding workload to compare with.</source>
        <translation>Choisissez une seconde charge de travail d&apos;embedding pour comparer.</translation>
    </message>
    <message numerus="yes">
        <source>Embedding the same %n input(s) with %1…</source>
        <translation>
            <numerusform>Vectorisation de la même entrée (%n) avec %1…</numerusform>
            <numerusform>Vectorisation des mêmes %n entrées avec %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded (comparison)</source>
        <translation>%1 / %2 vectorisées (comparaison)</translation>
    </message>
    <message>
        <source>Comparing the two spaces…</source>
        <translation>Comparaison des deux espaces…</translation>
    </message>
    <message>
        <source>Comparison done.</source>
        <translation>Comparaison terminée.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>Tableau NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Projector vectors (*.tsv); metadata.tsv is written beside it</source>
        <translation>Vecteurs pour Projector (*.tsv)&#x202f;; metadata.tsv est écrit à côté</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>.npy</source>
        <translation>.npy</translation>
    </message>
    <message>
        <source>Projector TSVs</source>
        <translation>TSV pour Projector</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exporter en %1</translation>
    </message>
    <message>
        <source>Nothing to export: embed the inputs first.</source>
        <translation>Rien à exporter&#xa0;: vectorisez d&apos;abord les entrées.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté vers %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Inputs, one per line</source>
        <translation>Entrées, une par ligne</translation>
    </message>
    <message>
        <source>Type or paste inputs, one per line, or load a file.</source>
        <translation>Saisissez ou collez des entrées, une par ligne, ou chargez un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Charger un fichier…</translation>
    </message>
    <message>
        <source>.txt (one input per line), .csv (a text column and an optional label column) or .jsonl (&quot;text&quot; and optional &quot;label&quot; fields)</source>
        <translation>.txt (une entrée par ligne), .csv (une colonne de texte et une colonne d&apos;étiquette facultative) ou .jsonl (champs &quot;text&quot; et &quot;label&quot; facultatif)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille du lot</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Taille du lot&#xa0;:</translation>
    </message>
    <message>
        <source>Inputs (*.txt *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Entrées (*.txt *.csv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load inputs</source>
        <translation>Charger des entrées</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) with labels</source>
        <translation>
            <numerusform>%n entrée avec étiquettes</numerusform>
            <numerusform>%n entrées avec étiquettes</numerusform>
        </translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>No inputs: type some, one per line, or load a file.</source>
        <translation>Aucune entrée&#xa0;: saisissez-en, une par ligne, ou chargez un fichier.</translation>
    </message>
    <message numerus="yes">
        <source>Embedding %n input(s)…</source>
        <translation>
            <numerusform>Vectorisation de %n entrée…</numerusform>
            <numerusform>Vectorisation de %n entrées…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded</source>
        <translation>%1 / %2 vectorisées</translation>
    </message>
    <message>
        <source>%1 / %1 embedded</source>
        <translation>%1 / %1 vectorisées</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from %1; analysing…</source>
        <translation>
            <numerusform>%n vecteur de %1&#x202f;; analyse…</numerusform>
            <numerusform>%n vecteurs de %1&#x202f;; analyse…</numerusform>
        </translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autres</translation>
    </message>
    <message>
        <source>PC1 (%1%)</source>
        <translation>CP1 (%1 %)</translation>
    </message>
    <message>
        <source>PC2 (%1%)</source>
        <translation>CP2 (%1 %)</translation>
    </message>
    <message>
        <source>The PCA plot appears once the inputs are embedded.</source>
        <translation>Le graphique ACP apparaît une fois les entrées vectorisées.</translation>
    </message>
    <message>
        <source>2D PCA</source>
        <translation>ACP 2D</translation>
    </message>
    <message>
        <source>PC1 explains %1% of the variance, PC2 %2% (together %3%).</source>
        <translation>CP1 explique %1 % de la variance, CP2 %2 % (ensemble %3 %).</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation> [%1]</translation>
    </message>
    <message>
        <source>Rerank query</source>
        <translation>Requête de reclassement</translation>
    </message>
    <message>
        <source>Documents, one per line</source>
        <translation>Documents, un par ligne</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message>
        <source>Top n:</source>
        <translation>Top n&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;rank</source>
        <translation>Re&amp;classer</translation>
    </message>
    <message>
        <source>Rerank results</source>
        <translation>Résultats du reclassement</translation>
    </message>
    <message>
        <source>Rerank needs a query and at least one document.</source>
        <translation>Le reclassement demande une requête et au moins un document.</translation>
    </message>
    <message numerus="yes">
        <source>Reranking %n document(s)…</source>
        <translation>
            <numerusform>Reclassement de %n document…</numerusform>
            <numerusform>Reclassement de %n documents…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Reclassé par %1.</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vecteurs</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Projection</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reclasser</translation>
    </message>
    <message>
        <source>Embed the inputs</source>
        <translation>Vectoriser les entrées</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Ne pas envoyer</translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation>Non envoyée&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>Non envoyée.</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>Non envoyée&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 is a chat workload: the embedding inspector needs an embedding or rerank workload.</source>
        <translation>%1 est une charge de travail de chat&#xa0;: l&apos;inspecteur d&apos;embeddings demande une charge de travail d&apos;embedding ou de reclassement.</translation>
    </message>
    <message>
        <source>Pick a rerank workload to rerank documents.</source>
        <translation>Choisissez une charge de travail de reclassement pour reclasser des documents.</translation>
    </message>
    <message>
        <source>Pick an embedding workload to embed the inputs.</source>
        <translation>Choisissez une charge de travail d&apos;embedding pour vectoriser les entrées.</translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation>Aucune charge de travail sélectionnée</translation>
    </message>
    <message>
        <source>%1 · %2 (%3/%4)</source>
        <translation>%1 · %2 (%3/%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</source>
        <translation>
            <numerusform>%n vecteur · dimension %1 · norme L2 min. %2, moyenne %3, max. %4 · %5</numerusform>
            <numerusform>%n vecteurs · dimension %1 · norme L2 min. %2, moyenne %3, max. %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a second embedding workload to compare this one with: the agreement needs two spaces.</source>
        <translation>Ajoutez une seconde charge de travail d&apos;embedding à comparer avec celle-ci&#xa0;: la concordance demande deux espaces.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: embed the same %n input(s) with the second workload and compare their top-k neighbours.</source>
        <translation>
            <numerusform>Prêt&#xa0;: vectorisez la même entrée (%n) avec la seconde charge de travail et comparez ses k plus proches voisins.</numerusform>
            <numerusform>Prêt&#xa0;: vectorisez les mêmes %n entrées avec la seconde charge de travail et comparez leurs k plus proches voisins.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Ouvrir l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Twelve support-desk sentences in three labelled topics (docs/examples/sentences.csv)</source>
        <translation>Douze phrases d&apos;assistance en trois thèmes étiquetés (docs/examples/sentences.csv)</translation>
    </message>
    <message>
        <source>The sentences example is not installed (looked for share/ik-playground/examples and docs/examples): load a file of your own instead.</source>
        <translation>L&apos;exemple de phrases n&apos;est pas installé (recherché dans share/ik-playground/examples et docs/examples)&#xa0;: chargez plutôt un fichier à vous.</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>Docu&amp;ments…</translation>
    </message>
    <message>
        <source>.csv with id and text columns (label optional), .jsonl {&quot;id&quot;, &quot;text&quot;}, or .txt (one document a line, its id the line number)</source>
        <translation>.csv avec des colonnes id et text (label facultative), .jsonl {&quot;id&quot;, &quot;text&quot;} ou .txt (un document par ligne, dont l&apos;id est le numéro de ligne)</translation>
    </message>
    <message>
        <source>&amp;Queries…</source>
        <translation>&amp;Requêtes…</translation>
    </message>
    <message>
        <source>.csv with query and relevant columns (relevant as &quot;d1;d7:3&quot;), or .jsonl {&quot;query&quot;, &quot;relevant&quot;: [&quot;d1&quot;, &quot;d7:3&quot;]}</source>
        <translation>.csv avec des colonnes query et relevant (relevant sous la forme &quot;d1;d7:3&quot;) ou .jsonl {&quot;query&quot;, &quot;relevant&quot;: [&quot;d1&quot;, &quot;d7:3&quot;]}</translation>
    </message>
    <message>
        <source>40 help-desk articles and 12 graded questions (docs/examples)</source>
        <translation>40 articles d&apos;assistance et 12 questions à pertinence graduée (docs/examples)</translation>
    </message>
    <message>
        <source>Load documents and queries with their relevant documents.</source>
        <translation>Chargez des documents et des requêtes avec leurs documents pertinents.</translation>
    </message>
    <message>
        <source>Rerank workload</source>
        <translation>Charge de travail de reclassement</translation>
    </message>
    <message>
        <source>Results reranked (top N)</source>
        <translation>Résultats reclassés (top N)</translation>
    </message>
    <message>
        <source>Cut-off of the metrics (k)</source>
        <translation>Rang de coupure des mesures (k)</translation>
    </message>
    <message>
        <source>Ev&amp;aluate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>Retrieval progress</source>
        <translation>Progression de la recherche</translation>
    </message>
    <message>
        <source>Beside:</source>
        <translation>En parallèle avec&#xa0;:</translation>
    </message>
    <message>
        <source>Rerank with:</source>
        <translation>Reclasser avec&#xa0;:</translation>
    </message>
    <message>
        <source>top N:</source>
        <translation>top N&#xa0;:</translation>
    </message>
    <message>
        <source>Retrieval metrics overall</source>
        <translation>Mesures globales de la recherche</translation>
    </message>
    <message>
        <source>Queries ranked by</source>
        <translation>Requêtes classées par</translation>
    </message>
    <message>
        <source>Queries, worst first, as ranked by:</source>
        <translation>Requêtes, de la pire à la meilleure, selon le classement de&#xa0;:</translation>
    </message>
    <message>
        <source>Queries, worst first</source>
        <translation>Requêtes, de la pire à la meilleure</translation>
    </message>
    <message>
        <source>Select a query to see what was retrieved for it.</source>
        <translation>Sélectionnez une requête pour voir ce qui a été trouvé pour elle.</translation>
    </message>
    <message>
        <source>What the selected query retrieved</source>
        <translation>Ce que la requête sélectionnée a trouvé</translation>
    </message>
    <message>
        <source>Queries (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Requêtes (*.csv *.jsonl *.ndjson);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Documents (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Documents (*.csv *.jsonl *.ndjson *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Load queries</source>
        <translation>Charger des requêtes</translation>
    </message>
    <message>
        <source>Load documents</source>
        <translation>Charger des documents</translation>
    </message>
    <message>
        <source>Load the documents first: %1 is checked against their ids.</source>
        <translation>Chargez d&apos;abord les documents&#xa0;: %1 est vérifié par rapport à leurs identifiants.</translation>
    </message>
    <message>
        <source>The retrieval example is not installed (looked for share/ik-playground/examples/retrieval and docs/examples/retrieval): load a documents and a queries file instead.</source>
        <translation>L&apos;exemple de recherche n&apos;est pas installé (recherché dans share/ik-playground/examples/retrieval et docs/examples/retrieval)&#xa0;: chargez plutôt un fichier de documents et un fichier de requêtes.</translation>
    </message>
    <message numerus="yes">
        <source>%n documents from %1</source>
        <translation>
            <numerusform>%n document de %1</numerusform>
            <numerusform>%n documents de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries from %1</source>
        <translation>
            <numerusform>%n requête de %1</numerusform>
            <numerusform>%n requêtes de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now load the queries</source>
        <translation>chargez maintenant les requêtes</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#x202f;; </translation>
    </message>
    <message>
        <source>no second workload</source>
        <translation>aucune seconde charge de travail</translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation>aucun reclassement</translation>
    </message>
    <message>
        <source>Load documents and queries (or the example) to evaluate them.</source>
        <translation>Chargez des documents et des requêtes (ou l&apos;exemple) pour les évaluer.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to rank %n queries with %1.</source>
        <translation>
            <numerusform>Prêt à classer %n requête avec %1.</numerusform>
            <numerusform>Prêt à classer %n requêtes avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <source>Not scored: %1 failed.</source>
        <translation>Aucun score&#xa0;: %1 a échoué.</translation>
    </message>
    <message>
        <source>%1: not sent, as you chose. Take the key-like text out of the documents or queries, or choose Send anyway.</source>
        <translation>%1&#xa0;: non envoyé, comme vous l&apos;avez choisi. Retirez des documents ou des requêtes le texte qui ressemble à une clé, ou choisissez Envoyer quand même.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1&#xa0;: %2 — %3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was scored.</source>
        <translation>Annulé&#x202f;; rien n&apos;a été évalué.</translation>
    </message>
    <message numerus="yes">
        <source>%n queries against %1 documents at k = %2.</source>
        <translation>
            <numerusform>%n requête sur %1 documents avec k = %2.</numerusform>
            <numerusform>%n requêtes sur %1 documents avec k = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Em&amp;bed</source>
        <translation>Vec&amp;toriser</translation>
    </message>
    <message>
        <source>Embed the inputs (Ctrl+Enter)</source>
        <translation>Vectoriser les entrées (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The vectors differ in length: embed the set again.</source>
        <translation>Les vecteurs n&apos;ont pas la même longueur&#xa0;: vectorisez de nouveau l&apos;ensemble.</translation>
    </message>
    <message>
        <source>UMAP and t-SNE need at least 4 inputs: add inputs.</source>
        <translation>UMAP et t-SNE demandent au moins 4 entrées&#xa0;: ajoutez des entrées.</translation>
    </message>
    <message numerus="yes">
        <source>Perplexity lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Perplexité abaissée à %1 pour %n entrée.</numerusform>
            <numerusform>Perplexité abaissée à %1 pour %n entrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbours lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Voisins abaissés à %1 pour %n entrée.</numerusform>
            <numerusform>Voisins abaissés à %1 pour %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>ACP</translation>
    </message>
    <message>
        <source>UMAP</source>
        <translation>UMAP</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>Projection:</source>
        <translation>Projection&#xa0;:</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>Voisins&#xa0;:</translation>
    </message>
    <message>
        <source>Min dist:</source>
        <translation>Dist. min.&#xa0;:</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>Perplexité&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>Clusters&#xa0;:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: the k from 2 to 10 with the best silhouette</source>
        <translation>auto&#xa0;: le k de 2 à 10 à la meilleure silhouette</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorer par</translation>
    </message>
    <message>
        <source>label</source>
        <translation>étiquette</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorer par&#xa0;:</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Map progress</source>
        <translation>Progression de la carte</translation>
    </message>
    <message>
        <source>Map CSV</source>
        <translation>Carte CSV</translation>
    </message>
    <message>
        <source>Map PNG</source>
        <translation>Carte PNG</translation>
    </message>
    <message>
        <source>Labels by clusters</source>
        <translation>Étiquettes par clusters</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Embed the inputs first: the map is drawn from their vectors.</source>
        <translation>Vectorisez d&apos;abord les entrées&#xa0;: la carte est tracée à partir de leurs vecteurs.</translation>
    </message>
    <message>
        <source>Finding clusters…</source>
        <translation>Recherche des clusters…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disposition en cours…</translation>
    </message>
    <message>
        <source>Stopped: the map shows the layout reached so far.</source>
        <translation>Arrêté&#xa0;: la carte montre la disposition atteinte jusqu&apos;ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) by k-means.</source>
        <translation>
            <numerusform>%n cluster par k-moyennes.</numerusform>
            <numerusform>%n clusters par k-moyennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>UMAP (neighbours %1, min dist %2, seed %3)</source>
        <translation>UMAP (voisins %1, dist. min. %2, graine %3)</translation>
    </message>
    <message>
        <source>t-SNE (perplexity %1, seed %2)</source>
        <translation>t-SNE (perplexité %1, graine %2)</translation>
    </message>
    <message>
        <source>UMAP 1</source>
        <translation>UMAP 1</translation>
    </message>
    <message>
        <source>t-SNE 1</source>
        <translation>t-SNE 1</translation>
    </message>
    <message>
        <source>UMAP 2</source>
        <translation>UMAP 2</translation>
    </message>
    <message>
        <source>t-SNE 2</source>
        <translation>t-SNE 2</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>cluster %1</translation>
    </message>
    <message>
        <source>2D map of the vectors</source>
        <translation>Carte 2D des vecteurs</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache (no call) analysed in %1 ms; Embed again calls the workload.</source>
        <translation>
            <numerusform>%n vecteur du cache (sans appel) analysé en %1 ms ; Vectoriser à nouveau appelle la charge de travail.</numerusform>
            <numerusform>%n vecteurs du cache (sans appel) analysés en %1 ms ; Vectoriser à nouveau appelle la charge de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on from input %1 of %2…</source>
        <translation>Reprise à l’entrée %1 sur %2…</translation>
    </message>
    <message>
        <source>The cached vectors could not be used (%1); embedding again.</source>
        <translation>Les vecteurs du cache sont inutilisables (%1) ; nouvelle vectorisation.</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache, embedded earlier by %1: no call made. Embed again to call the workload.</source>
        <translation>
            <numerusform>%n vecteur du cache, vectorisé auparavant par %1 : aucun appel. Vectorisez à nouveau pour appeler la charge de travail.</numerusform>
            <numerusform>%n vecteurs du cache, vectorisés auparavant par %1 : aucun appel. Vectorisez à nouveau pour appeler la charge de travail.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded · about %3 left</source>
        <translation>%1 / %2 vectorisées · environ %3 restantes</translation>
    </message>
    <message>
        <source>%1: the batch at input %2 goes again in %3, as the server asked.</source>
        <translation>%1 : le lot de l’entrée %2 repart dans %3, comme le serveur l’a demandé.</translation>
    </message>
    <message>
        <source>Embedding failed after %1 of %2 inputs: %3 — %4 The %1 embedded are kept: Embed goes on from there.</source>
        <translation>La vectorisation a échoué après %1 entrées sur %2 : %3 — %4 Les %1 vectorisées sont conservées : Vectoriser reprend à partir de là.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 inputs; they are kept, and Embed goes on from there.</source>
        <translation>Annulé après %1 entrées sur %2 ; elles sont conservées, et Vectoriser reprend à partir de là.</translation>
    </message>
</context>
<context>
    <name>ik::Endpoint</name>
    <message>
        <source>no project given</source>
        <translation>aucun projet fourni</translation>
    </message>
    <message>
        <source>Set the project slug (--project or INFERENCEKEY_PROJECT).</source>
        <translation>Indiquez le slug du projet (--project ou INFERENCEKEY_PROJECT).</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation>Collez la clé ik_live_ de la charge de travail.</translation>
    </message>
    <message>
        <source>the key contains a control character or line break</source>
        <translation>la clé contient un caractère de contrôle ou un saut de ligne</translation>
    </message>
    <message>
        <source>Paste the key again without surrounding text.</source>
        <translation>Collez à nouveau la clé sans le texte qui l&apos;entoure.</translation>
    </message>
    <message>
        <source>Give each extra header as one line &apos;Name: value&apos; with no line breaks or control characters.</source>
        <translation>Donnez chaque en-tête supplémentaire sur une ligne &apos;Nom: valeur&apos;, sans saut de ligne ni caractère de contrôle.</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL with a host</source>
        <translation>l&apos;URL de base &quot;%1&quot; n&apos;est pas une URL http(s) avec un hôte</translation>
    </message>
    <message>
        <source>Use a base URL like https://api.inferencekey.com.</source>
        <translation>Utilisez une URL de base comme https://api.inferencekey.com.</translation>
    </message>
    <message>
        <source>refused to send the key over plain http:// to %1: only loopback (127.0.0.1, ::1, localhost) may use http</source>
        <translation>envoi de la clé en http:// non chiffré vers %1 refusé&#xa0;: seule la boucle locale (127.0.0.1,&#xa0;::1, localhost) peut utiliser http</translation>
    </message>
    <message>
        <source>Use https:// for a server that is not on this machine.</source>
        <translation>Utilisez https:// pour un serveur qui n&apos;est pas sur cette machine.</translation>
    </message>
    <message>
        <source>the network manager is gone</source>
        <translation>le gestionnaire réseau n&apos;existe plus</translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation>Redémarrez l&apos;application.</translation>
    </message>
</context>
<context>
    <name>ik::Error</name>
    <message>
        <source>HTTP status %1</source>
        <translation>statut HTTP %1</translation>
    </message>
    <message>
        <source>this credential type cannot be used on this route</source>
        <translation>ce type d&apos;identifiant ne peut pas être utilisé sur cette route</translation>
    </message>
    <message>
        <source>the key belongs to another project than the one in the path</source>
        <translation>la clé appartient à un autre projet que celui du chemin</translation>
    </message>
    <message>
        <source>the key is not issued for this workload</source>
        <translation>la clé n&apos;a pas été émise pour cette charge de travail</translation>
    </message>
    <message>
        <source>the server answered with an HTML page</source>
        <translation>le serveur a répondu par une page HTML</translation>
    </message>
    <message>
        <source>the server answered with an HTML page: </source>
        <translation>le serveur a répondu par une page HTML&#xa0;: </translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>le serveur a signalé une erreur</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>erreur de configuration</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>erreur de validation</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>permission denied [%1]</source>
        <translation>permission refusée [%1]</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>requête incorrecte</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>limite de requêtes atteinte</translation>
    </message>
    <message>
        <source> (retry after %1)</source>
        <translation> (réessayer après %1)</translation>
    </message>
    <message>
        <source>api error (status %1)</source>
        <translation>erreur de l&apos;API (statut %1)</translation>
    </message>
    <message>
        <source>api error</source>
        <translation>erreur de l&apos;API</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>truncated stream</source>
        <translation>flux tronqué</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>erreur de protocole</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the inputs (1 to %1 texts, none blank) and that this is an embedding workload; the message says which.</source>
        <translation>Le serveur a refusé le corps de la requête&#xa0;: vérifiez les entrées (de 1 à %1 textes, aucun vide) et qu&apos;il s&apos;agit d&apos;une charge de travail d&apos;embedding&#x202f;; le message indique lequel.</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the query (not blank), the documents (at least one, none blank) and top_n (at least 1); the message says which.</source>
        <translation>Le serveur a refusé le corps de la requête&#xa0;: vérifiez la requête (non vide), les documents (au moins un, aucun vide) et top_n (au moins 1)&#x202f;; le message indique lequel.</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the parameters (max_tokens, temperature, stop, ...) against what this workload accepts; the message says which.</source>
        <translation>Le serveur a refusé le corps de la requête&#xa0;: comparez les paramètres (max_tokens, temperature, stop, ...) avec ce qu&apos;accepte cette charge de travail&#x202f;; le message indique lequel.</translation>
    </message>
    <message>
        <source>Check the workload settings: a base URL, a project, a workload and the workload&apos;s ik_live_ key are needed, each in its own field.</source>
        <translation>Vérifiez les réglages de la charge de travail&#xa0;: il faut une URL de base, un projet, une charge de travail et la clé ik_live_ de la charge de travail, chacun dans son champ.</translation>
    </message>
    <message>
        <source>Fix the request before sending: give either a prompt or a message list, with no blank text, and at least one input to embed.</source>
        <translation>Corrigez la requête avant l&apos;envoi&#xa0;: donnez un prompt ou une liste de messages, sans texte vide, et au moins une entrée à vectoriser.</translation>
    </message>
    <message>
        <source>The server did not accept the key: it may be wrong, revoked, expired or cut short by a bad paste. Paste the workload&apos;s ik_live_ key again, or issue a new one.</source>
        <translation>Le serveur n&apos;a pas accepté la clé&#xa0;: elle est peut-être erronée, révoquée, expirée ou tronquée par un mauvais collage. Collez à nouveau la clé ik_live_ de la charge de travail, ou émettez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key for inference; an ik_sdk_ control token only works on the control plane (/api/...), and an ik_live_ key only on data routes.</source>
        <translation>Utilisez la clé ik_live_ de la charge de travail pour l&apos;inférence&#x202f;; un jeton de contrôle ik_sdk_ ne fonctionne que sur le plan de contrôle (/api/...), et une clé ik_live_ que sur les routes de données.</translation>
    </message>
    <message>
        <source>The key belongs to another project than the one in the URL: check the project slug, or use a key issued for this project.</source>
        <translation>La clé appartient à un autre projet que celui de l&apos;URL&#xa0;: vérifiez le slug du projet, ou utilisez une clé émise pour ce projet.</translation>
    </message>
    <message>
        <source>The key is not issued for this workload: use this workload&apos;s own key, or issue one scoped to it (or to project/*).</source>
        <translation>La clé n&apos;a pas été émise pour cette charge de travail&#xa0;: utilisez la clé propre à cette charge de travail, ou émettez-en une limitée à elle (ou à projet/*).</translation>
    </message>
    <message>
        <source>The key may not call this workload: check the project and workload slugs and which workloads the key was issued for.</source>
        <translation>La clé ne peut pas appeler cette charge de travail&#xa0;: vérifiez les slugs du projet et de la charge de travail, et pour quelles charges de travail la clé a été émise.</translation>
    </message>
    <message>
        <source>Check the base URL and the project and workload slugs: the workload may not exist or was never provisioned.</source>
        <translation>Vérifiez l&apos;URL de base et les slugs du projet et de la charge de travail&#xa0;: la charge de travail n&apos;existe peut-être pas ou n&apos;a jamais été provisionnée.</translation>
    </message>
    <message>
        <source>Too many requests: wait %1 (the server&apos;s Retry-After) and try again.</source>
        <translation>Trop de requêtes&#xa0;: attendez %1 (le Retry-After du serveur) et réessayez.</translation>
    </message>
    <message>
        <source>Too many requests: wait a little and try again, or send fewer requests at once.</source>
        <translation>Trop de requêtes&#xa0;: attendez un peu et réessayez, ou envoyez moins de requêtes à la fois.</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in %1 (the server&apos;s Retry-After).</source>
        <translation>La charge de travail est indisponible, peut-être en démarrage à froid&#xa0;: réessayez dans %1 (le Retry-After du serveur).</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in a minute.</source>
        <translation>La charge de travail est indisponible, peut-être en démarrage à froid&#xa0;: réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The server failed to answer this request: try again; if it keeps failing, check the workload&apos;s status and logs.</source>
        <translation>Le serveur n&apos;a pas pu répondre à cette requête&#xa0;: réessayez&#x202f;; si l&apos;échec persiste, vérifiez l&apos;état et les journaux de la charge de travail.</translation>
    </message>
    <message>
        <source>The server refused the request with status %1: read its message, and check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation>Le serveur a refusé la requête avec le statut %1&#xa0;: lisez son message et vérifiez que l&apos;URL de base pointe vers un point d&apos;accès InferenceKey ou compatible OpenAI.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL, your connection, proxy and TLS setup.</source>
        <translation>Le serveur est injoignable&#xa0;: vérifiez l&apos;URL de base, votre connexion, le proxy et la configuration TLS.</translation>
    </message>
    <message>
        <source>The server did not answer in time: try again, or raise the timeout (a cold workload can take a while to start).</source>
        <translation>Le serveur n&apos;a pas répondu à temps&#xa0;: réessayez, ou augmentez le délai d&apos;attente (une charge de travail à froid peut mettre du temps à démarrer).</translation>
    </message>
    <message>
        <source>Stopped on request; the text received so far is kept.</source>
        <translation>Arrêtée à la demande&#x202f;; le texte reçu jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <source>The connection closed before the end of the stream: the text shown is incomplete. Try again.</source>
        <translation>La connexion s&apos;est fermée avant la fin du flux&#xa0;: le texte affiché est incomplet. Réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the wire format: check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation>La réponse du serveur ne suit pas le format du protocole&#xa0;: vérifiez que l&apos;URL de base pointe vers un point d&apos;accès InferenceKey ou compatible OpenAI.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Réessayez.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error kind: message</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ik::ErrorCard</name>
    <message>
        <source>Too many requests: Retry waits as long as the server asked; send fewer requests at once to avoid it.</source>
        <translation>Trop de requêtes&#xa0;: Réessayer attend le temps demandé par le serveur&#x202f;; envoyez moins de requêtes à la fois pour l&apos;éviter.</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: Retry waits as long as the server asked.</source>
        <translation>La charge de travail est indisponible, peut-être en démarrage à froid&#xa0;: Réessayer attend le temps demandé par le serveur.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Réessayer la requête</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Not sent: the credential guard blocked it</source>
        <translation>Non envoyée&#xa0;: le contrôle des identifiants l&apos;a bloquée</translation>
    </message>
    <message>
        <source>Cancel retry</source>
        <translation>Annuler la nouvelle tentative</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (the server asked to wait)</source>
        <translation>
            <numerusform>Nouvelle tentative dans %n s (le serveur a demandé d&apos;attendre)</numerusform>
            <numerusform>Nouvelle tentative dans %n s (le serveur a demandé d&apos;attendre)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: retry possible in %n s</source>
        <translation>
            <numerusform>Le serveur a demandé d&apos;attendre&#xa0;: nouvelle tentative possible dans %n s</numerusform>
            <numerusform>Le serveur a demandé d&apos;attendre&#xa0;: nouvelle tentative possible dans %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::EvalView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1&#xa0;ms</translation>
    </message>
    <message numerus="yes">
        <source>%n tok</source>
        <translation>
            <numerusform>%n&#xa0;jeton</numerusform>
            <numerusform>%n&#xa0;jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open set…</source>
        <translation>&amp;Ouvrir un jeu…</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Ouvrir l&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>30 support prompts with assertions (docs/examples/eval)</source>
        <translation>30 prompts de support avec assertions (docs/examples/eval)</translation>
    </message>
    <message>
        <source>No set open</source>
        <translation>Aucun jeu ouvert</translation>
    </message>
    <message>
        <source>Problems of the set</source>
        <translation>Problèmes du jeu</translation>
    </message>
    <message>
        <source>Open a set: its templating errors and warnings show here before anything is sent.</source>
        <translation>Ouvrez un jeu&#xa0;: ses erreurs et avertissements de modèle s&apos;affichent ici avant tout envoi.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Montrer&#xa0;:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Échecs seulement</translation>
    </message>
    <message>
        <source>Rows where workloads disagree</source>
        <translation>Lignes où les charges de travail divergent</translation>
    </message>
    <message>
        <source>Open in &amp;playground</source>
        <translation>Ouvrir dans le &amp;playground</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>Exporter CS&amp;V</translation>
    </message>
    <message>
        <source>Export &amp;JSON</source>
        <translation>Exporter &amp;JSON</translation>
    </message>
    <message>
        <source>Export J&amp;Unit</source>
        <translation>Exporter J&amp;Unit</translation>
    </message>
    <message>
        <source>Results: rows by workloads</source>
        <translation>Résultats&#xa0;: lignes par charges de travail</translation>
    </message>
    <message>
        <source>Totals per workload</source>
        <translation>Totaux par charge de travail</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95&#xa0;%</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1&#xa0;min %2&#xa0;s</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>The example set was not found (looked under share/ik-playground/examples and docs/examples): open a set file instead.</source>
        <translation>Le jeu d&apos;exemple est introuvable (cherché dans share/ik-playground/examples et docs/examples)&#xa0;: ouvrez plutôt un fichier de jeu.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Runs against: %1</source>
        <translation>S&apos;exécute sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Missing: %1. Add them in the Workloads panel (or start the sandbox) to run.</source>
        <translation>Manquantes&#xa0;: %1. Ajoutez-les dans le panneau des charges de travail (ou démarrez le bac à sable) pour lancer.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>No problems: every placeholder has a value in every row (%n row(s)).</source>
        <translation>
            <numerusform>Aucun problème&#xa0;: chaque variable a une valeur dans chaque ligne (%n&#xa0;ligne).</numerusform>
            <numerusform>Aucun problème&#xa0;: chaque variable a une valeur dans chaque ligne (%n&#xa0;lignes).</numerusform>
        </translation>
    </message>
    <message>
        <source>The set cannot run: %1</source>
        <translation>Le jeu ne peut pas être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>%1 sur %2 faites, %3 en échec</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Temps restant inconnu</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Temps restant %1</translation>
    </message>
    <message>
        <source>%1 cells/s</source>
        <translation>%1&#xa0;cellules/s</translation>
    </message>
    <message>
        <source>cost so far $%1</source>
        <translation>coût jusqu&apos;ici $%1</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n reprise</numerusform>
            <numerusform>%n reprises</numerusform>
        </translation>
    </message>
    <message>
        <source>Run finished: %1 of %2 cells passed.</source>
        <translation>Exécution terminée&#xa0;: %1 cellules sur %2 réussies.</translation>
    </message>
    <message>
        <source>Run cancelled after %1 of %2 cells; Run resumes it.</source>
        <translation>Exécution annulée après %1 cellules sur %2&#x202f;; Lancer la reprend.</translation>
    </message>
    <message>
        <source>Run timed out after %1 of %2 cells; Run resumes it.</source>
        <translation>L&apos;exécution a expiré après %1 cellules sur %2&#x202f;; Lancer la reprend.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>L&apos;exécution a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2&#xa0;%</translation>
    </message>
    <message>
        <source>nothing has run yet</source>
        <translation>rien n&apos;a encore été lancé</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit XML (*.xml)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Ouvrir un jeu d&apos;évaluation</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json);;All files (*)</source>
        <translation>Jeux d&apos;évaluation (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ik::FramesModel</name>
    <message>
        <source>(not JSON, skipped) %1</source>
        <translation>(pas du JSON, ignorée) %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>+ms</source>
        <translation>+ms</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
    <message>
        <source>Delta text</source>
        <translation>Texte delta</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON brut</translation>
    </message>
</context>
<context>
    <name>ik::Guard</name>
    <message>
        <source>Wrong credential type: this is an ik_sdk_ control token, and data routes only accept an ik_live_ key.</source>
        <translation>Mauvais type d&apos;identifiant&#xa0;: ceci est un jeton de contrôle ik_sdk_, et les routes de données n&apos;acceptent qu&apos;une clé ik_live_.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key. Control tokens are for importing workloads from a project.</source>
        <translation>Collez la clé ik_live_ de la charge de travail. Les jetons de contrôle servent à importer les charges de travail d&apos;un projet.</translation>
    </message>
    <message>
        <source>The key is malformed.</source>
        <translation>La clé est mal formée.</translation>
    </message>
    <message>
        <source>Copy the whole key again from the console.</source>
        <translation>Copiez à nouveau la clé en entier depuis la console.</translation>
    </message>
    <message>
        <source>The key has extra characters around it: %1.</source>
        <translation>La clé est entourée de caractères en trop&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Apply the fix to use the cleaned-up key.</source>
        <translation>Appliquez la correction pour utiliser la clé nettoyée.</translation>
    </message>
    <message>
        <source>No key: this workload has no ik_live_ key yet.</source>
        <translation>Aucune clé&#xa0;: cette charge de travail n&apos;a pas encore de clé ik_live_.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key in the key field.</source>
        <translation>Collez la clé ik_live_ de la charge de travail dans le champ de la clé.</translation>
    </message>
    <message>
        <source>This is not an InferenceKey key.</source>
        <translation>Ce n&apos;est pas une clé InferenceKey.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation>Collez la clé ik_live_ de la charge de travail.</translation>
    </message>
    <message>
        <source>The workload&apos;s base URL is not a valid http(s) URL.</source>
        <translation>L&apos;URL de base de la charge de travail n&apos;est pas une URL http(s) valide.</translation>
    </message>
    <message>
        <source>Edit the workload and fix its base URL.</source>
        <translation>Modifiez la charge de travail et corrigez son URL de base.</translation>
    </message>
    <message>
        <source>The key would travel over plain http:// to %1, where anyone on the way can read it.</source>
        <translation>La clé circulerait en http:// non chiffré jusqu&apos;à %1, où n&apos;importe qui sur le trajet pourrait la lire.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the server (plain http is only allowed to this computer).</source>
        <translation>Utilisez l&apos;URL https:// du serveur (le http non chiffré n&apos;est permis que vers cet ordinateur).</translation>
    </message>
    <message>
        <source>The prompt contains something that looks like a key; it would be sent to the model as text.</source>
        <translation>Le prompt contient quelque chose qui ressemble à une clé&#x202f;; cela serait envoyé au modèle comme texte.</translation>
    </message>
    <message>
        <source>Remove the key from the prompt unless you mean to send it.</source>
        <translation>Retirez la clé du prompt, sauf si vous voulez l&apos;envoyer.</translation>
    </message>
    <message>
        <source>The system text contains something that looks like a key; it would be sent to the model as text.</source>
        <translation>Le texte système contient quelque chose qui ressemble à une clé&#x202f;; cela serait envoyé au modèle comme texte.</translation>
    </message>
    <message>
        <source>Remove the key from the system text unless you mean to send it.</source>
        <translation>Retirez la clé du texte système, sauf si vous voulez l&apos;envoyer.</translation>
    </message>
    <message>
        <source>Ready: the key is well-formed for this workload.</source>
        <translation>Prêt&#xa0;: la clé est bien formée pour cette charge de travail.</translation>
    </message>
    <message>
        <source>Blocked: %1 %2</source>
        <translation>Bloqué&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Asks first: %1 %2</source>
        <translation>Demande d&apos;abord&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>The same key (%1) is stored for workloads of another project (%2); a key belongs to one project.</source>
        <translation>La même clé (%1) est enregistrée pour des charges de travail d&apos;un autre projet (%2)&#x202f;; une clé appartient à un seul projet.</translation>
    </message>
    <message>
        <source>Check that this is the key issued for project %1.</source>
        <translation>Vérifiez qu&apos;il s&apos;agit bien de la clé émise pour le projet %1.</translation>
    </message>
    <message>
        <source>The server answered project_scope_mismatch for this key (%1) in project %2 before: it belongs to another project.</source>
        <translation>Le serveur a déjà répondu project_scope_mismatch pour cette clé (%1) dans le projet %2&#xa0;: elle appartient à un autre projet.</translation>
    </message>
    <message>
        <source>Use a key issued for project %1.</source>
        <translation>Utilisez une clé émise pour le projet %1.</translation>
    </message>
    <message>
        <source>The server answered scope_insufficient for this key (%1) on workload %2 before: it is not issued for it.</source>
        <translation>Le serveur a déjà répondu scope_insufficient pour cette clé (%1) sur la charge de travail %2&#xa0;: elle n&apos;a pas été émise pour elle.</translation>
    </message>
    <message>
        <source>Use a key issued for %1/%2 (or for %1/*).</source>
        <translation>Utilisez une clé émise pour %1/%2 (ou pour %1/*).</translation>
    </message>
</context>
<context>
    <name>ik::HeatStrip</name>
    <message>
        <source>dimension %1: %2</source>
        <translation>dimension %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ik::HeatmapWidget</name>
    <message>
        <source>The cosine heatmap appears once the inputs are embedded.</source>
        <translation>La carte de chaleur des cosinus apparaît une fois les entrées vectorisées.</translation>
    </message>
    <message>
        <source>#%1 “%2” ↔ #%3 “%4”: cosine %5</source>
        <translation>#%1 «&#xa0;%2&#xa0;» ↔ #%3 «&#xa0;%4&#xa0;»&#xa0;: cosinus %5</translation>
    </message>
</context>
<context>
    <name>ik::History</name>
    <message>
        <source>(hidden: part of a key)</source>
        <translation>(masqué&#xa0;: partie d&apos;une clé)</translation>
    </message>
</context>
<context>
    <name>ik::HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>ik::HistoryPanel</name>
    <message>
        <source>Search history</source>
        <translation>Rechercher dans l&apos;historique</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Rechercher dans les prompts et les réponses</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Show runs from</source>
        <translation>Afficher les exécutions de</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Toutes les exécutions</translation>
    </message>
    <message>
        <source>Playground only</source>
        <translation>Playground seulement</translation>
    </message>
    <message>
        <source>Compare only</source>
        <translation>Comparer seulement</translation>
    </message>
    <message>
        <source>Runs of this workload</source>
        <translation>Exécutions de cette charge de travail</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Run as Markdown…</source>
        <translation>Exécution en Markdown…</translation>
    </message>
    <message>
        <source>Run as JSON…</source>
        <translation>Exécution en JSON…</translation>
    </message>
    <message>
        <source>Conversation as Markdown…</source>
        <translation>Conversation en Markdown…</translation>
    </message>
    <message>
        <source>Conversation as JSON…</source>
        <translation>Conversation en JSON…</translation>
    </message>
</context>
<context>
    <name>ik::Images</name>
    <message>
        <source>an empty file</source>
        <translation>un fichier vide</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>une image AVIF</translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation>une image HEIC</translation>
    </message>
    <message>
        <source>a video (MP4 or MOV)</source>
        <translation>une vidéo (MP4 ou MOV)</translation>
    </message>
    <message>
        <source>a damaged WebP image</source>
        <translation>une image WebP endommagée</translation>
    </message>
    <message>
        <source>a RIFF media file (WAV or AVI)</source>
        <translation>un fichier multimédia RIFF (WAV ou AVI)</translation>
    </message>
    <message>
        <source>an SVG image (vector graphics)</source>
        <translation>une image SVG (graphisme vectoriel)</translation>
    </message>
    <message>
        <source>JSON or other text</source>
        <translation>du JSON ou un autre texte</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>du texte brut</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>des données binaires de type inconnu</translation>
    </message>
    <message>
        <source>Attach a PNG, JPEG, GIF or WebP image of at most 20 MB.</source>
        <translation>Joignez une image PNG, JPEG, GIF ou WebP de 20 Mo au plus.</translation>
    </message>
    <message>
        <source>%1 is %2: an image may be at most 20 MB.</source>
        <translation>%1 pèse %2&#xa0;: une image peut peser 20 Mo au plus.</translation>
    </message>
    <message>
        <source>Scale it down or save it as JPEG, then attach it again.</source>
        <translation>Réduisez-la ou enregistrez-la en JPEG, puis joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 starts like a %2 image, but its header is cut short or damaged: its pixel size cannot be read.</source>
        <translation>%1 commence comme une image %2, mais son en-tête est tronqué ou endommagé&#xa0;: sa taille en pixels est illisible.</translation>
    </message>
    <message>
        <source>Save it again from an image editor, then attach it again.</source>
        <translation>Enregistrez-la à nouveau depuis un éditeur d&apos;images, puis joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1 n&apos;est pas une image&#xa0;: cela ressemble à %2.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier inexistant</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the path, then attach it again.</source>
        <translation>Vérifiez le chemin, puis joignez-la à nouveau.</translation>
    </message>
    <message>
        <source>the image_url is not a data: URL (only inline base64 images are accepted)</source>
        <translation>l&apos;image_url n&apos;est pas une URL data: (seules les images base64 intégrées sont acceptées)</translation>
    </message>
    <message>
        <source>the data URL has no &apos;,&apos; before its payload</source>
        <translation>l&apos;URL de données n&apos;a pas de &apos;,&apos; avant son contenu</translation>
    </message>
    <message>
        <source>the data URL is not base64-encoded (expected data:&lt;mime&gt;;base64,...)</source>
        <translation>l&apos;URL de données n&apos;est pas encodée en base64 (data:&lt;mime&gt;;base64,... attendu)</translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is empty</source>
        <translation>le contenu de l&apos;URL de données est vide</translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is not valid base64</source>
        <translation>le contenu de l&apos;URL de données n&apos;est pas du base64 valide</translation>
    </message>
</context>
<context>
    <name>ik::Inspector</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Trames</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trame</numerusform>
            <numerusform>%n trames</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected frame</source>
        <translation>Trame sélectionnée</translation>
    </message>
    <message>
        <source>The key appears as $%1: export it in your shell first</source>
        <translation>La clé apparaît sous la forme $%1&#xa0;: exportez-la d&apos;abord dans votre shell</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copier en curl</translation>
    </message>
    <message>
        <source>Copy as Python (inferencekey SDK)</source>
        <translation>Copier en Python (SDK inferencekey)</translation>
    </message>
    <message>
        <source>Copy as TypeScript (@inferencekey/sdk)</source>
        <translation>Copier en TypeScript (@inferencekey/sdk)</translation>
    </message>
    <message>
        <source>(waiting for the response)</source>
        <translation>(en attente de la réponse)</translation>
    </message>
    <message>
        <source>(no HTTP response)
</source>
        <translation>(aucune réponse HTTP)
</translation>
    </message>
    <message>
        <source>(followed a same-origin redirect to %1)
</source>
        <translation>(redirection de même origine suivie vers %1)
</translation>
    </message>
    <message numerus="yes">
        <source>(event stream: %n frame(s), see Frames; %1 not JSON; %2 comment line(s))</source>
        <translation>
            <numerusform>(flux d&apos;événements&#xa0;: %n trame, voir Trames&#x202f;; %1 pas JSON&#x202f;; %2 ligne(s) de commentaire)</numerusform>
            <numerusform>(flux d&apos;événements&#xa0;: %n trames, voir Trames&#x202f;; %1 pas JSON&#x202f;; %2 ligne(s) de commentaire)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::JsonLines</name>
    <message>
        <source>NaN or Infinity is not JSON (nor a usable number); fix or drop that line</source>
        <translation>NaN ou Infinity n’est pas du JSON (ni un nombre utilisable) ; corrigez ou supprimez cette ligne</translation>
    </message>
    <message>
        <source>not JSON (%1 at column %2); write one object per line, like %3</source>
        <translation>pas du JSON (%1 à la colonne %2) ; écrivez un objet par ligne, comme %3</translation>
    </message>
    <message>
        <source>expected a JSON object like %1</source>
        <translation>un objet JSON était attendu, comme %1</translation>
    </message>
</context>
<context>
    <name>ik::JsonSchema</name>
    <message>
        <source>no value is allowed here (the schema is false)</source>
        <translation>aucune valeur n&apos;est permise ici (le schéma vaut false)</translation>
    </message>
    <message>
        <source>a schema must be an object or a boolean, not %1</source>
        <translation>un schéma doit être un objet ou un booléen, pas %1</translation>
    </message>
    <message>
        <source>type must be a type name or a list of them</source>
        <translation>type doit être un nom de type ou une liste de noms</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: %2)</source>
        <translation>type inconnu &quot;%1&quot; (connus&#xa0;: %2)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>must be %1 (const), got %2</source>
        <translation>doit valoir %1 (const), %2 obtenu</translation>
    </message>
    <message>
        <source>enum must be a non-empty list of values</source>
        <translation>enum doit être une liste de valeurs non vide</translation>
    </message>
    <message>
        <source>%1 is not one of %2 (enum)</source>
        <translation>%1 ne fait pas partie de %2 (enum)</translation>
    </message>
    <message>
        <source>%1 must be a whole number, at least 0</source>
        <translation>%1 doit être un nombre entier, au moins 0</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <source>below the %1</source>
        <translation>en dessous de %1</translation>
    </message>
    <message>
        <source>above the %1</source>
        <translation>au-dessus de %1</translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation>properties doit être un objet de schémas</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required doit être une liste de noms de propriétés</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>propriété obligatoire &quot;%1&quot; manquante</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not allowed (additionalProperties is false)</source>
        <translation>la propriété &quot;%1&quot; n&apos;est pas permise (additionalProperties vaut false)</translation>
    </message>
    <message>
        <source>items (list form) at %1</source>
        <translation>items (forme de liste) à %1</translation>
    </message>
    <message>
        <source>anyOf must be a non-empty list of schemas</source>
        <translation>anyOf doit être une liste de schémas non vide</translation>
    </message>
    <message>
        <source>matches none of the %1 anyOf choices (closest: %2: %3)</source>
        <translation>ne correspond à aucun des %1 choix anyOf (le plus proche&#xa0;: %2&#xa0;: %3)</translation>
    </message>
    <message>
        <source>only local references (&quot;#&quot; or &quot;#/$defs/name&quot;) are resolved</source>
        <translation>seules les références locales (&quot;#&quot; ou &quot;#/$defs/name&quot;) sont résolues</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer (#/$defs/name)</source>
        <translation>&quot;%1&quot; n&apos;est pas un pointeur JSON (#/$defs/name)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing in the schema</source>
        <translation>&quot;%1&quot; ne pointe vers rien dans le schéma</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers back to itself without checking anything</source>
        <translation>&quot;%1&quot; renvoie à lui-même sans rien vérifier</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>pas du JSON&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>un objet JSON était attendu, %1 obtenu</translation>
    </message>
</context>
<context>
    <name>ik::KeyStore</name>
    <message>
        <source>no key stored in the system keychain for %1</source>
        <translation>aucune clé enregistrée dans le trousseau système pour %1</translation>
    </message>
    <message>
        <source>the system keyring refused access (keyring locked?): %1</source>
        <translation>le trousseau système a refusé l&apos;accès (trousseau verrouillé&#x202f;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keyring has no usable login collection (keyring locked?): %1</source>
        <translation>le trousseau système n&apos;a pas de collection de session utilisable (trousseau verrouillé&#x202f;?)&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>le trousseau système a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>the system keychain could not delete the key: %1</source>
        <translation>le trousseau système n&apos;a pas pu supprimer la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>no Secret Service (system keyring) answered: %1. Keys can be kept in memory for this session only.</source>
        <translation>aucun Secret Service (trousseau système) n&apos;a répondu&#xa0;: %1. Les clés peuvent être gardées en mémoire pour cette session seulement.</translation>
    </message>
    <message>
        <source>no backend available</source>
        <translation>aucun stockage disponible</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>trousseau système</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>cette session seulement</translation>
    </message>
    <message>
        <source>no key kept in memory for %1</source>
        <translation>aucune clé gardée en mémoire pour %1</translation>
    </message>
</context>
<context>
    <name>ik::KeyVault</name>
    <message>
        <source>Key kept for this session only: %1</source>
        <translation>Clé gardée pour cette session seulement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Key stored in the system keychain.</source>
        <translation>Clé enregistrée dans le trousseau système.</translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation>Il n&apos;y a aucune clé à enregistrer.</translation>
    </message>
    <message>
        <source>No system keychain.</source>
        <translation>Pas de trousseau système.</translation>
    </message>
</context>
<context>
    <name>ik::Logprobs</name>
    <message>
        <source> · no alternatives sent</source>
        <translation> · aucune alternative envoyée</translation>
    </message>
    <message>
        <source> · alternatives: %1</source>
        <translation> · alternatives&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::Metrics</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>ik::NeighbourModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
</context>
<context>
    <name>ik::Npy</name>
    <message>
        <source>vectors have different dimensions; nothing written</source>
        <translation>les vecteurs ont des dimensions différentes&#x202f;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ik::ParamsEditor</name>
    <message>
        <source>Unchecked: left out of the request (the server&apos;s default applies)</source>
        <translation>Décoché&#xa0;: omis de la requête (la valeur par défaut du serveur s&apos;applique)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max.</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Pénalité de présence</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Pénalité de fréquence</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Séquences d&apos;arrêt</translation>
    </message>
    <message>
        <source>Stop sequences, one per line (\n for a line break)</source>
        <translation>Séquences d&apos;arrêt, une par ligne (\n pour un saut de ligne)</translation>
    </message>
    <message>
        <source>one per line; \n stands for a line break</source>
        <translation>une par ligne&#x202f;; \n représente un saut de ligne</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>Recevoir la réponse en flux</translation>
    </message>
    <message>
        <source>Ask for usage</source>
        <translation>Demander l&apos;usage</translation>
    </message>
    <message>
        <source>At the end of a stream (stream_options.include_usage): tokens, tokens/s and cost then come from the server&apos;s count</source>
        <translation>À la fin d&apos;un flux (stream_options.include_usage)&#xa0;: les tokens, les tokens/s et le coût viennent alors du décompte du serveur</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilités des tokens</translation>
    </message>
    <message>
        <source>logprobs: each answer token&apos;s probability, for the answer&apos;s tint and its alternatives</source>
        <translation>logprobs&#xa0;: la probabilité de chaque token de la réponse, pour la teinte de la réponse et ses alternatives</translation>
    </message>
    <message>
        <source> alternatives</source>
        <translation> alternatives</translation>
    </message>
    <message>
        <source>Alternatives per token (top_logprobs)</source>
        <translation>Alternatives par token (top_logprobs)</translation>
    </message>
</context>
<context>
    <name>ik::PlaygroundView</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Prompt système (facultatif)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation>Changer de rôle</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>This draft held a key. Drafts never keep a key&apos;s secret, so it was not saved: it is masked below. Paste the key again where you need it.</source>
        <translation>Ce brouillon contenait une clé. Les brouillons ne gardent jamais le secret d&apos;une clé, elle n&apos;a donc pas été enregistrée&#xa0;: elle est masquée ci-dessous. Collez à nouveau la clé là où vous en avez besoin.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Ask something. Ctrl+Enter sends, Esc stops.</source>
        <translation>Posez une question. Ctrl+Entrée envoie, Échap arrête.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop (Esc): the partial answer stays</source>
        <translation>Arrêter (Échap)&#xa0;: la réponse partielle reste</translation>
    </message>
    <message>
        <source>+ User turn</source>
        <translation>+ Tour de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>+ Assistant turn</source>
        <translation>+ Tour de l&apos;assistant</translation>
    </message>
    <message>
        <source>Add the prompt as a user turn</source>
        <translation>Ajouter le prompt comme tour de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Add the prompt as an assistant turn</source>
        <translation>Ajouter le prompt comme tour de l&apos;assistant</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send thinking back</source>
        <translation>Renvoyer le raisonnement</translation>
    </message>
    <message>
        <source>Send the model&apos;s thinking back in later turns (reasoning_content)</source>
        <translation>Renvoyer le raisonnement du modèle dans les tours suivants (reasoning_content)</translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Rouvrir l&apos;exécution</translation>
    </message>
    <message>
        <source>The conversation has turns that are not in history. Replace it with the run from %1, or open that run as a branch of it?</source>
        <translation>La conversation contient des tours absents de l&apos;historique. La remplacer par l&apos;exécution de %1, ou ouvrir cette exécution comme une branche de celle-ci&#x202f;?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Remplacer</translation>
    </message>
    <message>
        <source>Open as a branch</source>
        <translation>Ouvrir comme branche</translation>
    </message>
    <message>
        <source>%1 · from history, %2</source>
        <translation>%1 · de l&apos;historique, %2</translation>
    </message>
    <message>
        <source>From history</source>
        <translation>De l&apos;historique</translation>
    </message>
    <message>
        <source>the application ended while this answer was still arriving</source>
        <translation>l&apos;application s&apos;est fermée pendant que cette réponse arrivait</translation>
    </message>
    <message>
        <source>The text saved up to then is shown. Send it again for a full answer.</source>
        <translation>Le texte enregistré jusque-là est affiché. Renvoyez-le pour une réponse complète.</translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation>Réponse incomplète</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>image %1 from history</source>
        <translation>image %1 de l&apos;historique</translation>
    </message>
    <message>
        <source>Nothing to regenerate from: the conversation does not end with the question this answer replied to.</source>
        <translation>Rien à partir de quoi régénérer&#xa0;: la conversation ne se termine pas par la question à laquelle cette réponse répondait.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This conversation&apos;s tokens and cost</source>
        <translation>Tokens et coût de cette conversation</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nom du préréglage</translation>
    </message>
    <message>
        <source>Pick a preset to apply it, or type a name and Save the values in effect under it</source>
        <translation>Choisissez un préréglage pour l&apos;appliquer, ou saisissez un nom et enregistrez sous ce nom les valeurs en vigueur</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Deletes a preset of your own; the built-in ones stay</source>
        <translation>Supprime un de vos préréglages&#x202f;; les préréglages intégrés restent</translation>
    </message>
    <message>
        <source>No preset is called &quot;%1&quot;: pick one from the list, or Save the values in effect under that name.</source>
        <translation>Aucun préréglage ne s&apos;appelle &quot;%1&quot;&#xa0;: choisissez-en un dans la liste, ou enregistrez les valeurs en vigueur sous ce nom.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation>Prix par million de tokens</translation>
    </message>
    <message>
        <source>This workload&apos;s price, kept in the settings (never with its key): each run&apos;s cost is its usage at this price</source>
        <translation>Le prix de cette charge de travail, gardé dans les réglages (jamais avec sa clé)&#xa0;: le coût de chaque exécution est son usage à ce prix</translation>
    </message>
    <message>
        <source>Price per million input tokens</source>
        <translation>Prix par million de tokens en entrée</translation>
    </message>
    <message>
        <source>Price per million output tokens</source>
        <translation>Prix par million de tokens en sortie</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved</source>
        <translation>Préréglage &quot;%1&quot; enregistré</translation>
    </message>
    <message>
        <source>In effect: your own values</source>
        <translation>En vigueur&#xa0;: vos propres valeurs</translation>
    </message>
    <message>
        <source>In effect: %1. Pick it again to restore its values.</source>
        <translation>En vigueur&#xa0;: %1. Choisissez-le à nouveau pour rétablir ses valeurs.</translation>
    </message>
    <message>
        <source>In effect: %1</source>
        <translation>En vigueur&#xa0;: %1</translation>
    </message>
    <message>
        <source>This conversation: no runs yet</source>
        <translation>Cette conversation&#xa0;: aucune exécution pour l&apos;instant</translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation>Cette conversation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing to regenerate: no user turn comes before this one.</source>
        <translation>Rien à régénérer&#xa0;: aucun tour de l&apos;utilisateur ne précède celui-ci.</translation>
    </message>
    <message>
        <source>Pick a chat workload in the sidebar to send here.</source>
        <translation>Choisissez une charge de travail de chat dans la barre latérale pour envoyer ici.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyée</translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation>Les outils ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix them in the Parameters panel, or empty the field to offer none.</source>
        <translation>Corrigez-les dans le panneau Paramètres, ou videz le champ pour n&apos;en proposer aucun.</translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation>Le format de réponse n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fix it on the Parameters page, or choose &quot;none&quot;.</source>
        <translation>Corrigez-le sur la page Paramètres, ou choisissez &quot;aucun&quot;.</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>lecture de la clé…</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>en attente du serveur…</translation>
    </message>
    <message>
        <source>headers after %1</source>
        <translation>en-têtes après %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation>arrêté · la réponse partielle est conservée</translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation>incomplet · le flux a été coupé avant la fin</translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation>échec · la réponse partielle est conservée</translation>
    </message>
    <message numerus="yes">
        <source>done · no text: the model called %n tool(s)</source>
        <translation>
            <numerusform>terminé · pas de texte&#xa0;: le modèle a appelé %n outil</numerusform>
            <numerusform>terminé · pas de texte&#xa0;: le modèle a appelé %n outils</numerusform>
        </translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La requête a échoué</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>réception…</translation>
    </message>
    <message>
        <source>first after %1</source>
        <translation>premier après %1</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source> · the arguments are not a JSON object</source>
        <translation> · les arguments ne sont pas un objet JSON</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>en-têtes %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>premier token %1</translation>
    </message>
    <message>
        <source>gap median %1</source>
        <translation>écart médian %1</translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation>p95 %1</translation>
    </message>
    <message>
        <source>%1 tok/s (%2, %3 tokens)</source>
        <translation>%1 tok/s (%2, %3 tokens)</translation>
    </message>
    <message>
        <source>— tok/s</source>
        <translation>— tok/s</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation>raisonnement %1</translation>
    </message>
    <message>
        <source>mean logprob %1</source>
        <translation>logprob moyen %1</translation>
    </message>
    <message>
        <source>perplexity %1</source>
        <translation>perplexité %1</translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>usage %1 prompt + %2 completion = %3</source>
        <translation>usage %1 de prompt + %2 de réponse = %3</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>%1 de raisonnement</translation>
    </message>
    <message>
        <source>Structured output check</source>
        <translation>Vérification de la sortie structurée</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>Non envoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation>Appels d&apos;outils&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Playground</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Rédiger</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>%1 is a %2 workload: the playground talks to chat workloads. Pick one in the sidebar, or use the view that serves %2 workloads.</source>
        <translation>%1 est une charge de travail %2&#xa0;: le playground dialogue avec les charges de travail de chat. Choisissez-en une dans la barre latérale, ou utilisez la vue qui sert les charges de travail %2.</translation>
    </message>
</context>
<context>
    <name>ik::Presets</name>
    <message>
        <source>&quot;%1&quot; is a built-in preset: it cannot be overwritten or deleted. Save your values under another name.</source>
        <translation>&quot;%1&quot; est un préréglage intégré&#xa0;: il ne peut être ni écrasé ni supprimé. Enregistrez vos valeurs sous un autre nom.</translation>
    </message>
    <message>
        <source>Type a name for the preset first: a preset is saved under its name.</source>
        <translation>Saisissez d&apos;abord un nom pour le préréglage&#xa0;: un préréglage est enregistré sous son nom.</translation>
    </message>
    <message>
        <source>No preset is saved as &quot;%1&quot;.</source>
        <translation>Aucun préréglage n&apos;est enregistré sous &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modifié)</translation>
    </message>
</context>
<context>
    <name>ik::Proxy</name>
    <message>
        <source>%1 is not a proxy URL: &quot;%2&quot; (expected http://host:port)</source>
        <translation>%1 n&apos;est pas une URL de proxy&#xa0;: &quot;%2&quot; (http://hôte:port attendu)</translation>
    </message>
</context>
<context>
    <name>ik::RerankModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ik::ResponseFormatEditor</name>
    <message>
        <source>Response format</source>
        <translation>Format de réponse</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>strict</translation>
    </message>
    <message>
        <source>none (plain text)</source>
        <translation>aucun (texte brut)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objet JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Schéma JSON</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nom du schéma</translation>
    </message>
    <message>
        <source>e.g. order</source>
        <translation>par ex. commande</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}, &quot;required&quot;: [&quot;city&quot;]}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}, &quot;required&quot;: [&quot;city&quot;]}</translation>
    </message>
    <message>
        <source>Answer as</source>
        <translation>Répondre en</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation>Le format de réponse n&apos;est pas valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalEval</name>
    <message>
        <source>Embedding with %1</source>
        <translation>Vectorisation avec %1</translation>
    </message>
    <message>
        <source>load documents and queries first</source>
        <translation>chargez d&apos;abord des documents et des requêtes</translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation>Reclassement avec %1</translation>
    </message>
    <message>
        <source>the next rerank request could not be sent with the judged key</source>
        <translation>la requête de reclassement suivante n&apos;a pas pu être envoyée avec la clé évaluée</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalQueryModel</name>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>RR</source>
        <translation>RR</translation>
    </message>
    <message>
        <source>nDCG</source>
        <translation>nDCG</translation>
    </message>
    <message>
        <source>nDCG before</source>
        <translation>nDCG avant</translation>
    </message>
    <message>
        <source>Other&apos;s nDCG</source>
        <translation>nDCG de l&apos;autre</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>Gagnée par</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>égalité</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>Retrieved instead</source>
        <translation>Trouvés à la place</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalRankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Before rerank</source>
        <translation>Avant reclassement</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Pertinence</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>pertinent</translation>
    </message>
    <message>
        <source>in place of a relevant one</source>
        <translation>au lieu d&apos;un document pertinent</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed</source>
        <translation>
            <numerusform>%1 «&#xa0;%2&#xa0;» par %3&#xa0;: nDCG@%4 %5, rappel@%4 %6&#x202f;; %n pertinent manqué</numerusform>
            <numerusform>%1 «&#xa0;%2&#xa0;» par %3&#xa0;: nDCG@%4 %5, rappel@%4 %6&#x202f;; %n pertinents manqués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RetrievalSummaryModel</name>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>nDCG</source>
        <translation>nDCG</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnées</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n égalité</numerusform>
            <numerusform>%n égalités</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reranked</source>
        <translation>%1, reclassée</translation>
    </message>
    <message>
        <source>%1 − %2</source>
        <translation>%1 − %2</translation>
    </message>
</context>
<context>
    <name>ik::Run</name>
    <message>
        <source>%1 did not answer in time: %2</source>
        <translation>%1 n&apos;a pas répondu à temps&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server may be overloaded or starting; retry, or raise the timeout.</source>
        <translation>Le serveur est peut-être surchargé ou en démarrage&#x202f;; réessayez, ou augmentez le délai d&apos;attente.</translation>
    </message>
    <message>
        <source>could not connect to %1: connection refused</source>
        <translation>connexion à %1 impossible&#xa0;: connexion refusée</translation>
    </message>
    <message>
        <source>Is the server running? Check the base URL and its port.</source>
        <translation>Le serveur est-il lancé&#x202f;? Vérifiez l&apos;URL de base et son port.</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>hôte %1 introuvable</translation>
    </message>
    <message>
        <source>Check the host name in the base URL.</source>
        <translation>Vérifiez le nom d&apos;hôte dans l&apos;URL de base.</translation>
    </message>
    <message>
        <source>could not talk to %1: %2</source>
        <translation>impossible de dialoguer avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the base URL; certificate verification stays on.</source>
        <translation>Vérifiez l&apos;URL de base&#x202f;; la vérification des certificats reste active.</translation>
    </message>
    <message>
        <source>no response from %1: %2</source>
        <translation>pas de réponse de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Check the network, the base URL, and that the server is up.</source>
        <translation>Vérifiez le réseau, l&apos;URL de base, et que le serveur est en marche.</translation>
    </message>
    <message>
        <source>cancelled; the text received so far is kept</source>
        <translation>annulée&#x202f;; le texte reçu jusqu&apos;ici est conservé</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>Relancez-la quand vous serez prêt.</translation>
    </message>
    <message>
        <source>no response from %1 within %2 ms</source>
        <translation>pas de réponse de %1 en %2 ms</translation>
    </message>
    <message>
        <source>The server may be down or a cold workload may still be starting; retry, or raise the connect timeout.</source>
        <translation>Le serveur est peut-être arrêté, ou une charge de travail à froid démarre encore&#x202f;; réessayez, ou augmentez le délai de connexion.</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 ms%2</source>
        <translation>le serveur n&apos;a rien envoyé pendant %1 ms%2</translation>
    </message>
    <message>
        <source>; the text received so far is kept</source>
        <translation>&#x202f;; le texte reçu jusqu&apos;ici est conservé</translation>
    </message>
    <message>
        <source>The stream stalled; retry, or raise the idle timeout.</source>
        <translation>Le flux s&apos;est figé&#x202f;; réessayez, ou augmentez le délai d&apos;inactivité.</translation>
    </message>
    <message>
        <source>the response body exceeded %1 MiB</source>
        <translation>le corps de la réponse a dépassé %1 Mio</translation>
    </message>
    <message>
        <source>Ask for less at once (fewer inputs).</source>
        <translation>Demandez moins à la fois (moins d&apos;entrées).</translation>
    </message>
    <message>
        <source>one event exceeded %1 MiB</source>
        <translation>un événement a dépassé %1 Mio</translation>
    </message>
    <message>
        <source>The server broke the stream format; the text received so far is kept.</source>
        <translation>Le serveur a rompu le format du flux&#x202f;; le texte reçu jusqu&apos;ici est conservé.</translation>
    </message>
    <message>
        <source>refused a redirect to another host (%1): the key is never sent there</source>
        <translation>redirection vers un autre hôte (%1) refusée&#xa0;: la clé n&apos;y est jamais envoyée</translation>
    </message>
    <message>
        <source>Point the base URL at the server that answers directly, if you trust it.</source>
        <translation>Faites pointer l&apos;URL de base vers le serveur qui répond directement, si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>the stream closed before [DONE] after %1 chunk(s)</source>
        <translation>le flux s&apos;est fermé avant [DONE] après %1 fragment(s)</translation>
    </message>
    <message>
        <source>The answer is incomplete: the server or the network cut the stream. Run it again.</source>
        <translation>La réponse est incomplète&#xa0;: le serveur ou le réseau a coupé le flux. Relancez-la.</translation>
    </message>
    <message>
        <source>the connection broke while reading the response: %1</source>
        <translation>la connexion s&apos;est rompue pendant la lecture de la réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Run it again; check the network if it repeats.</source>
        <translation>Relancez-la&#x202f;; vérifiez le réseau si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>ik::RunSession</name>
    <message>
        <source>%1 is a %2 workload</source>
        <translation>%1 est une charge de travail %2</translation>
    </message>
    <message>
        <source>This needs a %1 workload; pick one in the sidebar.</source>
        <translation>Il faut une charge de travail %1&#x202f;; choisissez-en une dans la barre latérale.</translation>
    </message>
    <message>
        <source>Fix or remove the CA file of this base URL in Settings → Network.</source>
        <translation>Corrigez ou retirez le fichier CA de cette URL de base dans Réglages → Réseau.</translation>
    </message>
</context>
<context>
    <name>ik::SidePanel</name>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>Panneau %1</translation>
    </message>
</context>
<context>
    <name>ik::StreamView</name>
    <message>
        <source>Answer (raw text)</source>
        <translation>Réponse (texte brut)</translation>
    </message>
    <message>
        <source>Answer (rendered Markdown)</source>
        <translation>Réponse (Markdown rendu)</translation>
    </message>
    <message>
        <source>Answer state</source>
        <translation>État de la réponse</translation>
    </message>
    <message>
        <source>Answer warning</source>
        <translation>Avertissement de la réponse</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Show the exact text that came back instead of rendered Markdown</source>
        <translation>Afficher le texte exact reçu au lieu du Markdown rendu</translation>
    </message>
    <message>
        <source>Show raw text</source>
        <translation>Afficher le texte brut</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the answer as text; the arrow also offers the exact raw text</source>
        <translation>Copier la réponse en texte&#x202f;; la flèche propose aussi le texte brut exact</translation>
    </message>
    <message>
        <source>Copy the answer as text</source>
        <translation>Copier la réponse en texte</translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation>Copier le brut</translation>
    </message>
    <message>
        <source>Copy the exact answer</source>
        <translation>Copier la réponse exacte</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copier le texte</translation>
    </message>
    <message>
        <source>Tint by probability</source>
        <translation>Teinter selon la probabilité</translation>
    </message>
    <message>
        <source>Tint the answer by token probability</source>
        <translation>Teinter la réponse selon la probabilité des tokens</translation>
    </message>
    <message>
        <source>Tint each token by its probability; hover or click a token for its alternatives</source>
        <translation>Teinter chaque token selon sa probabilité&#x202f;; survolez ou cliquez sur un token pour voir ses alternatives</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Avertissement&#xa0;: %1.</translation>
    </message>
    <message>
        <source> · too long to render as Markdown: showing raw text</source>
        <translation> · trop longue pour le rendu Markdown&#xa0;: texte brut affiché</translation>
    </message>
    <message>
        <source>Regenerate from here with %1 in place of %2</source>
        <translation>Régénérer à partir d&apos;ici avec %1 au lieu de %2</translation>
    </message>
    <message>
        <source>Regenerate with %1</source>
        <translation>Régénérer avec %1</translation>
    </message>
</context>
<context>
    <name>ik::ThinkingBlock</name>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Afficher ou masquer le raisonnement du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Le raisonnement du modèle</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Thinking · %1</source>
        <translation>Raisonnement · %1</translation>
    </message>
</context>
<context>
    <name>ik::ThumbnailStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
</context>
<context>
    <name>ik::TlsError</name>
    <message>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <source>If that CA is yours (a self-hosted or staging deployment), trust it: ik-call --ca-file CA.pem, or add it to the system&apos;s store (update-ca-certificates). Certificate verification is never switched off.</source>
        <translation>Si cette AC est la vôtre (un déploiement auto-hébergé ou de préproduction), faites-lui confiance&#xa0;: ik-call --ca-file CA.pem, ou ajoutez-la au magasin du système (update-ca-certificates). La vérification des certificats n&apos;est jamais désactivée.</translation>
    </message>
    <message>
        <source>the certificate of %1 is for %2, not for %3</source>
        <translation>le certificat de %1 est pour %2, pas pour %3</translation>
    </message>
    <message>
        <source>Use a host name the certificate names in the base URL, or give the server a certificate for %1.</source>
        <translation>Utilisez dans l&apos;URL de base un nom d&apos;hôte que le certificat mentionne, ou donnez au serveur un certificat pour %1.</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>le certificat de %1 a expiré le %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate must be renewed (check this machine&apos;s clock too).</source>
        <translation>Le certificat du serveur doit être renouvelé (vérifiez aussi l&apos;horloge de cette machine).</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by “%2”, which this machine does not trust</source>
        <translation>le certificat de %1 a été émis par «&#xa0;%2&#xa0;», à qui cette machine ne fait pas confiance</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>le certificat de %1 a été refusé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ik::ToolCallCards</name>
    <message>
        <source>Send results</source>
        <translation>Envoyer les résultats</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Appels d&apos;outils</translation>
    </message>
    <message>
        <source>Append a tool message with each result and continue the run</source>
        <translation>Ajouter un message d&apos;outil avec chaque résultat et poursuivre l&apos;exécution</translation>
    </message>
    <message numerus="yes">
        <source>The model called %n tool(s): answer each call, then send the results.</source>
        <translation>
            <numerusform>Le modèle a appelé %n outil&#xa0;: répondez à l&apos;appel, puis envoyez les résultats.</numerusform>
            <numerusform>Le modèle a appelé %n outils&#xa0;: répondez à chaque appel, puis envoyez les résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the call</source>
        <translation>Résultat de l&apos;appel</translation>
    </message>
    <message>
        <source>The result to send back, e.g. {&quot;temp&quot;: 21}</source>
        <translation>Le résultat à renvoyer, par ex. {&quot;temp&quot;: 21}</translation>
    </message>
    <message>
        <source>Auto-answer with this</source>
        <translation>Répondre automatiquement avec ceci</translation>
    </message>
    <message>
        <source>Keep this result for the tool: later calls to it are answered with it</source>
        <translation>Garder ce résultat pour l&apos;outil&#xa0;: les appels suivants à cet outil reçoivent cette réponse</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d&apos;id</translation>
    </message>
    <message>
        <source>(no arguments)</source>
        <translation>(aucun argument)</translation>
    </message>
</context>
<context>
    <name>ik::ToolCallsModel</name>
    <message>
        <source>arguments arriving…</source>
        <translation>arguments en cours d&apos;arrivée…</translation>
    </message>
    <message>
        <source>there are no tool calls to answer</source>
        <translation>il n&apos;y a aucun appel d&apos;outil à traiter</translation>
    </message>
    <message>
        <source>the calls are still arriving</source>
        <translation>les appels sont encore en cours d&apos;arrivée</translation>
    </message>
    <message>
        <source>no result yet for %1: type one, or use a canned result</source>
        <translation>pas encore de résultat pour %1&#xa0;: saisissez-en un, ou utilisez un résultat prédéfini</translation>
    </message>
</context>
<context>
    <name>ik::ToolsEditor</name>
    <message>
        <source>Tools (JSON)</source>
        <translation>Outils (JSON)</translation>
    </message>
    <message>
        <source>Tools the model may call, a JSON array, e.g.
[{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: &quot;get_weather&quot;, &quot;parameters&quot;: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}}}}]</source>
        <translation>Outils que le modèle peut appeler, un tableau JSON, par ex.
[{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: &quot;get_weather&quot;, &quot;parameters&quot;: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}}}}]</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Choix d&apos;outil</translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation>Appels d&apos;outils en parallèle</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur du serveur</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation>un à la fois</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>Parallel calls</source>
        <translation>Appels en parallèle</translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation>Non valide, rien n&apos;est envoyé avant correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>No tools: the request offers none.</source>
        <translation>Aucun outil&#xa0;: la requête n&apos;en propose aucun.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n outil&#xa0;: %1</numerusform>
            <numerusform>%n outils&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>seulement %1</translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation>Les outils ne sont pas valides&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::TranscriptDelegate</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit as branch</source>
        <translation>Modifier en branche</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation>Modifier dans une nouvelle branche</translation>
    </message>
    <message>
        <source>Edit turn</source>
        <translation>Modifier le tour</translation>
    </message>
</context>
<context>
    <name>ik::TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Edit in place</source>
        <translation>Modifier sur place</translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation>Modifier dans une nouvelle branche</translation>
    </message>
    <message>
        <source>Regenerate from here</source>
        <translation>Régénérer à partir d&apos;ici</translation>
    </message>
    <message>
        <source>Fork a branch here</source>
        <translation>Créer une branche ici</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Raw / Markdown</source>
        <translation>Brut / Markdown</translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation>Alternative précédente</translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation>Alternative suivante</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ik::Wire</name>
    <message>
        <source>a request header has no name</source>
        <translation>un en-tête de la requête n&apos;a pas de nom</translation>
    </message>
    <message>
        <source>a request header holds a control character (a line break, NUL or another one): it would split into more headers on the wire</source>
        <translation>un en-tête de la requête contient un caractère de contrôle (un saut de ligne, NUL ou un autre)&#xa0;: il se scinderait en plusieurs en-têtes à l&apos;envoi</translation>
    </message>
    <message>
        <source>a request header&apos;s name holds a character a header name may not (a space, &apos;:&apos; or another separator)</source>
        <translation>le nom d&apos;un en-tête de la requête contient un caractère interdit dans un nom d&apos;en-tête (une espace, &apos;:&apos; ou un autre séparateur)</translation>
    </message>
    <message>
        <source>the model field holds a credential (%1), not a workload slug</source>
        <translation>le champ model contient un identifiant (%1), pas le slug d&apos;une charge de travail</translation>
    </message>
    <message>
        <source>Put the workload slug in the workload field and the key in the key field.</source>
        <translation>Mettez le slug de la charge de travail dans le champ de la charge de travail et la clé dans le champ de la clé.</translation>
    </message>
    <message>
        <source>the %1 response is not valid JSON (%2 at byte %3): %4</source>
        <translation>la réponse %1 n&apos;est pas du JSON valide (%2 à l&apos;octet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>the %1 response is not a JSON object: %2</source>
        <translation>la réponse %1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 must be %2 %3 and at most %4 (got %5)</source>
        <translation>%1 doit être %2 %3 et au plus %4 (%5 obtenu)</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>supérieur à</translation>
    </message>
    <message>
        <source>provide either prompt or messages, not both</source>
        <translation>donnez prompt ou messages, pas les deux</translation>
    </message>
    <message>
        <source>provide either prompt or messages</source>
        <translation>donnez prompt ou messages</translation>
    </message>
    <message>
        <source>prompt must not be blank</source>
        <translation>prompt ne doit pas être vide</translation>
    </message>
    <message>
        <source>messages[%1].role must be system, user, assistant or tool (got &apos;%2&apos;)</source>
        <translation>messages[%1].role doit valoir system, user, assistant ou tool (&apos;%2&apos; obtenu)</translation>
    </message>
    <message>
        <source>messages[%1] (tool) has no tool_call_id</source>
        <translation>messages[%1] (tool) n&apos;a pas de tool_call_id</translation>
    </message>
    <message>
        <source>messages[%1].content must not be blank</source>
        <translation>messages[%1].content ne doit pas être vide</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got %1)</source>
        <translation>max_tokens doit valoir au moins 1 (%1 obtenu)</translation>
    </message>
    <message>
        <source>stop[%1] must not be empty</source>
        <translation>stop[%1] ne doit pas être vide</translation>
    </message>
    <message>
        <source>the chat response has an empty choices list</source>
        <translation>la réponse de chat a une liste choices vide</translation>
    </message>
    <message>
        <source>the chat response has no choices list</source>
        <translation>la réponse de chat n&apos;a pas de liste choices</translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] is not an object</source>
        <translation>le choices[0] de la réponse de chat n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] has no message</source>
        <translation>le choices[0] de la réponse de chat n&apos;a pas de message</translation>
    </message>
    <message>
        <source>the chat response&apos;s message content is not text</source>
        <translation>le contenu du message de la réponse de chat n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>a response format is a JSON object: a schema, or {&quot;type&quot;: ...}</source>
        <translation>un format de réponse est un objet JSON&#xa0;: un schéma, ou {&quot;type&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;type&quot;: &quot;json_schema&quot; needs a &quot;json_schema&quot; object {&quot;name&quot;, &quot;schema&quot;, &quot;strict&quot;}</source>
        <translation>&quot;type&quot;: &quot;json_schema&quot; demande un objet &quot;json_schema&quot; {&quot;name&quot;, &quot;schema&quot;, &quot;strict&quot;}</translation>
    </message>
    <message>
        <source>json_schema.schema must be a JSON Schema object</source>
        <translation>json_schema.schema doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>response_format.json_schema.name must be 1 to 64 letters, digits, _ or - (got &apos;%1&apos;)</source>
        <translation>response_format.json_schema.name doit compter de 1 à 64 lettres, chiffres, _ ou - (&apos;%1&apos; obtenu)</translation>
    </message>
    <message>
        <source>response_format.json_schema.schema must be a JSON Schema object</source>
        <translation>response_format.json_schema.schema doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>messages[%1] (%2) carries images: only user turns may</source>
        <translation>messages[%1] (%2) contient des images&#xa0;: seuls les tours de l&apos;utilisateur le peuvent</translation>
    </message>
    <message>
        <source>messages[%1] image %2 (%3) was not loaded: reopen the run from history, or attach it again</source>
        <translation>l&apos;image %2 de messages[%1] (%3) n&apos;a pas été chargée&#xa0;: rouvrez l&apos;exécution depuis l&apos;historique, ou joignez-la à nouveau</translation>
    </message>
    <message>
        <source>messages[%1] image %2 is larger than 20 MB</source>
        <translation>l&apos;image %2 de messages[%1] dépasse 20 Mo</translation>
    </message>
    <message>
        <source>tools must be a JSON array of function tools</source>
        <translation>tools doit être un tableau JSON d&apos;outils de type fonction</translation>
    </message>
    <message>
        <source>tool_choice names no function</source>
        <translation>tool_choice ne nomme aucune fonction</translation>
    </message>
    <message>
        <source>top_logprobs must be from 0 to %1 (got %2)</source>
        <translation>top_logprobs doit être compris entre 0 et %1 (%2 obtenu)</translation>
    </message>
    <message>
        <source>top_logprobs needs logprobs: turn logprobs on, or leave top_logprobs unset</source>
        <translation>top_logprobs demande logprobs&#xa0;: activez logprobs, ou laissez top_logprobs non défini</translation>
    </message>
    <message>
        <source>a continuation needs an assistant message last (the prefix the answer continues)</source>
        <translation>une continuation demande un message de l&apos;assistant à la fin (le préfixe que la réponse prolonge)</translation>
    </message>
    <message>
        <source>input must not be empty: give at least one text</source>
        <translation>input ne doit pas être vide&#xa0;: donnez au moins un texte</translation>
    </message>
    <message>
        <source>input holds %1 texts; the server takes at most %2 per request: send them in batches of %2</source>
        <translation>input contient %1 textes&#x202f;; le serveur en accepte au plus %2 par requête&#xa0;: envoyez-les par lots de %2</translation>
    </message>
    <message>
        <source>input must not be blank</source>
        <translation>input ne doit pas être vide</translation>
    </message>
    <message>
        <source>input[%1] must not be blank</source>
        <translation>input[%1] ne doit pas être vide</translation>
    </message>
    <message>
        <source>the embeddings response has no data list</source>
        <translation>la réponse d&apos;embeddings n&apos;a pas de liste data</translation>
    </message>
    <message>
        <source>data[%1] has no valid index</source>
        <translation>data[%1] n&apos;a pas d&apos;index valide</translation>
    </message>
    <message>
        <source>data[%1].embedding is a string (base64?), not a list of numbers</source>
        <translation>data[%1].embedding est une chaîne (base64&#x202f;?), pas une liste de nombres</translation>
    </message>
    <message>
        <source>data[%1] has no embedding list</source>
        <translation>data[%1] n&apos;a pas de liste embedding</translation>
    </message>
    <message>
        <source>data[%1].embedding[%2] is not a number</source>
        <translation>data[%1].embedding[%2] n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation>le serveur a renvoyé %1 vecteurs pour %2 entrées</translation>
    </message>
    <message>
        <source>data[%1] has index %2, outside 0..%3</source>
        <translation>data[%1] a l&apos;index %2, hors de 0..%3</translation>
    </message>
    <message>
        <source>index %1 appears more than once</source>
        <translation>l&apos;index %1 apparaît plus d&apos;une fois</translation>
    </message>
    <message>
        <source>the vector at index 0 is empty</source>
        <translation>le vecteur d&apos;index 0 est vide</translation>
    </message>
    <message>
        <source>the vector at index %1 has %2 dimensions, the one at index 0 has %3</source>
        <translation>le vecteur d&apos;index %1 a %2 dimensions, celui d&apos;index 0 en a %3</translation>
    </message>
    <message>
        <source>query must not be blank</source>
        <translation>query ne doit pas être vide</translation>
    </message>
    <message>
        <source>documents must not be empty: give at least one</source>
        <translation>documents ne doit pas être vide&#xa0;: donnez-en au moins un</translation>
    </message>
    <message>
        <source>documents[%1] must not be blank</source>
        <translation>documents[%1] ne doit pas être vide</translation>
    </message>
    <message>
        <source>top_n must be at least 1 (got %1)</source>
        <translation>top_n doit valoir au moins 1 (%1 obtenu)</translation>
    </message>
    <message>
        <source>the rerank response has no results list</source>
        <translation>la réponse de reclassement n&apos;a pas de liste results</translation>
    </message>
    <message>
        <source>results[%1] has no valid index</source>
        <translation>results[%1] n&apos;a pas d&apos;index valide</translation>
    </message>
    <message>
        <source>results[%1] has neither relevance_score nor score</source>
        <translation>results[%1] n&apos;a ni relevance_score ni score</translation>
    </message>
</context>
<context>
    <name>ik::Workloads</name>
    <message>
        <source>The %1 is required.</source>
        <translation>Le %1 est obligatoire.</translation>
    </message>
    <message>
        <source>The %1 has spaces around it.</source>
        <translation>Le %1 est entouré d&apos;espaces.</translation>
    </message>
    <message>
        <source>The %1 looks like a key: keys go in the key field, never in a slug.</source>
        <translation>Le %1 ressemble à une clé&#xa0;: les clés vont dans le champ de la clé, jamais dans un slug.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, not %2.</source>
        <translation>Le %1 ne peut contenir que des lettres, des chiffres, &apos;-&apos;, &apos;_&apos; et &apos;.&apos;, pas %2.</translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation>Le %1 doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The %1 is longer than 100 characters.</source>
        <translation>Le %1 dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>The base URL is required, e.g. https://api.inferencekey.com.</source>
        <translation>L&apos;URL de base est obligatoire, par ex. https://api.inferencekey.com.</translation>
    </message>
    <message>
        <source>The base URL looks like it holds a key: keys go in the key field.</source>
        <translation>L&apos;URL de base semble contenir une clé&#xa0;: les clés vont dans le champ de la clé.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Ce n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local server).</source>
        <translation>L&apos;URL de base doit commencer par https:// (ou http:// pour un serveur local).</translation>
    </message>
    <message>
        <source>The base URL has no host.</source>
        <translation>L&apos;URL de base n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>The base URL must not hold a user name or password.</source>
        <translation>L&apos;URL de base ne doit contenir ni nom d&apos;utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>The base URL must not have a query (?) or fragment (#).</source>
        <translation>L&apos;URL de base ne doit avoir ni requête (?) ni fragment (#).</translation>
    </message>
    <message>
        <source>Plain http:// to %1: keys are only sent over https (or to this computer), so calls will be blocked.</source>
        <translation>http:// non chiffré vers %1&#xa0;: les clés ne sont envoyées qu&apos;en https (ou vers cet ordinateur), les appels seront donc bloqués.</translation>
    </message>
    <message>
        <source>The name looks like a key: keys go in the key field.</source>
        <translation>Le nom ressemble à une clé&#xa0;: les clés vont dans le champ de la clé.</translation>
    </message>
    <message>
        <source>project slug</source>
        <translation>slug du projet</translation>
    </message>
    <message>
        <source>workload slug</source>
        <translation>slug de la charge de travail</translation>
    </message>
    <message>
        <source>Not a workloads file: %1 at byte %2.</source>
        <translation>Pas un fichier de charges de travail&#xa0;: %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>Not a workloads file: expected a &quot;workloads&quot; list.</source>
        <translation>Pas un fichier de charges de travail&#xa0;: une liste &quot;workloads&quot; était attendue.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: workload files never hold keys; add the key in the workload&apos;s key field (it goes to the keychain).</source>
        <translation>%1&#xa0;: champ &quot;%2&quot; refusé&#xa0;: les fichiers de charges de travail ne contiennent jamais de clés&#x202f;; ajoutez la clé dans le champ de la clé de la charge de travail (elle va dans le trousseau).</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: its value looks like an InferenceKey credential (%3), and keys never go in workload files.</source>
        <translation>%1&#xa0;: champ &quot;%2&quot; refusé&#xa0;: sa valeur ressemble à un identifiant InferenceKey (%3), et les clés ne vont jamais dans les fichiers de charges de travail.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; ignored.</source>
        <translation>%1&#xa0;: champ inconnu &quot;%2&quot; ignoré.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; ignored: it is not text.</source>
        <translation>%1&#xa0;: champ &quot;%2&quot; ignoré&#xa0;: ce n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>%1: skipped, unknown kind &quot;%2&quot;.</source>
        <translation>%1&#xa0;: ignorée, type inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: skipped, it is not an object.</source>
        <translation>%1&#xa0;: ignorée, ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>une espace</translation>
    </message>
</context>
<context>
    <name>ik::embed::AnnIndex</name>
    <message>
        <source>the neighbour index failed: %1</source>
        <translation>l’index des voisins a échoué : %1</translation>
    </message>
    <message>
        <source>there are no vectors to index; load or embed a set first</source>
        <translation>il n’y a aucun vecteur à indexer ; chargez ou vectorisez d’abord un ensemble</translation>
    </message>
    <message>
        <source>%1 values do not make %2 vectors of %3 dimensions</source>
        <translation>%1 valeurs ne font pas %2 vecteurs de %3 dimensions</translation>
    </message>
    <message>
        <source>the graph needs M &gt;= 2 and efConstruction &gt;= 1</source>
        <translation>le graphe exige M &gt;= 2 et efConstruction &gt;= 1</translation>
    </message>
    <message>
        <source>not enough memory for an index of %1 vectors (%2)</source>
        <translation>mémoire insuffisante pour un index de %1 vecteurs (%2)</translation>
    </message>
    <message>
        <source>row %1 holds NaN or infinity; fix or drop it before indexing</source>
        <translation>la ligne %1 contient NaN ou l’infini ; corrigez-la ou supprimez-la avant l’indexation</translation>
    </message>
    <message>
        <source>the neighbour index is empty; build it first</source>
        <translation>l’index des voisins est vide ; construisez-le d’abord</translation>
    </message>
    <message>
        <source>the query has %1 values but the index holds %2-dimensional vectors; embed the query with the same workload and model</source>
        <translation>la requête a %1 valeurs mais l’index contient des vecteurs de dimension %2 ; vectorisez la requête avec la même charge de travail et le même modèle</translation>
    </message>
    <message>
        <source>the query holds NaN or infinity</source>
        <translation>la requête contient NaN ou l’infini</translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but the index holds %n vector(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 mais l’index contient %n vecteur ; choisissez k entre 1 et %n</numerusform>
            <numerusform>k = %1 mais l’index contient %n vecteurs ; choisissez k entre 1 et %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but each row has %n other row(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 mais chaque ligne a %n autre ligne ; choisissez k entre 1 et %n</numerusform>
            <numerusform>k = %1 mais chaque ligne a %n autres lignes ; choisissez k entre 1 et %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::embed::Cluster</name>
    <message>
        <source>k is %1: ask for at least 1 cluster</source>
        <translation>k vaut %1 : demandez au moins 1 groupe</translation>
    </message>
    <message>
        <source>k is %1 but there are only %2 rows: ask for at most %2 clusters</source>
        <translation>k vaut %1 mais il n’y a que %2 lignes : demandez au plus %2 groupes</translation>
    </message>
    <message>
        <source>restarts is %1: run at least once</source>
        <translation>restarts vaut %1 : lancez au moins une fois</translation>
    </message>
    <message>
        <source>maxIterations is %1: allow at least 1 iteration</source>
        <translation>maxIterations vaut %1 : autorisez au moins 1 itération</translation>
    </message>
    <message>
        <source>k from %1 to %2 cannot be scored by silhouette on %3 rows: choose 2 &lt;= from &lt;= to &lt;= %4 (rows - 1)</source>
        <translation>k de %1 à %2 ne peut pas être noté par silhouette sur %3 lignes : choisissez 2 &lt;= de &lt;= à &lt;= %4 (lignes - 1)</translation>
    </message>
    <message>
        <source>%1 labels for %2 cluster ids: give one label per clustered row</source>
        <translation>%1 étiquettes pour %2 identifiants de groupe : donnez une étiquette par ligne groupée</translation>
    </message>
    <message>
        <source>cluster id %1 is negative: ids start at 0</source>
        <translation>l’identifiant de groupe %1 est négatif : les identifiants commencent à 0</translation>
    </message>
</context>
<context>
    <name>ik::embed::KnnGraph</name>
    <message>
        <source>there are no vectors: load or embed some inputs first</source>
        <translation>il n’y a aucun vecteur : chargez ou vectorisez d’abord des entrées</translation>
    </message>
    <message>
        <source>the vectors have no dimensions: each row needs at least one value</source>
        <translation>les vecteurs n’ont aucune dimension : chaque ligne exige au moins une valeur</translation>
    </message>
    <message>
        <source>the vectors are missing (no data for %1 rows)</source>
        <translation>les vecteurs manquent (aucune donnée pour %1 lignes)</translation>
    </message>
    <message>
        <source>row %1, dimension %2 is %3: every value must be a finite number</source>
        <translation>ligne %1, la dimension %2 vaut %3 : chaque valeur doit être un nombre fini</translation>
    </message>
    <message>
        <source>the neighbour graph needs at least 2 rows, it has %1</source>
        <translation>le graphe des voisins exige au moins 2 lignes, il en a %1</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; it needs between 1 and %2 (rows - 1)</source>
        <translation>le graphe des voisins a %1 voisins par ligne ; il en faut entre 1 et %2 (lignes - 1)</translation>
    </message>
    <message>
        <source>the neighbour graph should hold %1 x %2 entries, it holds %3 indices and %4 distances</source>
        <translation>le graphe des voisins devrait contenir %1 x %2 entrées, il contient %3 indices et %4 distances</translation>
    </message>
    <message>
        <source>row %1&apos;s neighbour %2 is %3, which is not another row</source>
        <translation>le voisin %2 de la ligne %1 est %3, qui n’est pas une autre ligne</translation>
    </message>
    <message>
        <source>row %1&apos;s distance to row %2 is %3: distances must be finite and non-negative</source>
        <translation>la distance de la ligne %1 à la ligne %2 vaut %3 : les distances doivent être finies et positives ou nulles</translation>
    </message>
    <message>
        <source>%1 neighbours asked of %2 rows: choose between 1 and %3 (rows - 1)</source>
        <translation>%1 voisins demandés sur %2 lignes : choisissez entre 1 et %3 (lignes - 1)</translation>
    </message>
</context>
<context>
    <name>ik::embed::Tsne</name>
    <message>
        <source>perplexity is %1: use at least 1 (5 to 50 is usual)</source>
        <translation>la perplexité vaut %1 : utilisez au moins 1 (5 à 50 est l’usage)</translation>
    </message>
    <message>
        <source>perplexity %1 needs %2 neighbours per row but there are only %3 rows: lower it to at most %4 or add rows</source>
        <translation>la perplexité %1 exige %2 voisins par ligne mais il n’y a que %3 lignes : baissez-la à %4 au plus ou ajoutez des lignes</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; perplexity %2 needs %3: build it with more neighbours or lower the perplexity</source>
        <translation>le graphe des voisins a %1 voisins par ligne ; la perplexité %2 en exige %3 : construisez-le avec plus de voisins ou baissez la perplexité</translation>
    </message>
    <message>
        <source>%1 components: t-SNE lays out in 2 or 3</source>
        <translation>%1 composantes : t-SNE dispose en 2 ou 3</translation>
    </message>
    <message>
        <source>iterations, theta, the learning rate and the exaggeration must not be negative</source>
        <translation>les itérations, theta, le taux d’apprentissage et l’exagération ne doivent pas être négatifs</translation>
    </message>
</context>
<context>
    <name>ik::embed::Umap</name>
    <message>
        <source>n_neighbors is %1: use at least 2</source>
        <translation>n_neighbors vaut %1 : utilisez au moins 2</translation>
    </message>
    <message>
        <source>n_neighbors is %1 but there are only %2 rows: choose at most %3</source>
        <translation>n_neighbors vaut %1 mais il n’y a que %2 lignes : choisissez au plus %3</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; n_neighbors = %2 needs %3: build it with more neighbours or lower n_neighbors</source>
        <translation>le graphe des voisins a %1 voisins par ligne ; n_neighbors = %2 en exige %3 : construisez-le avec plus de voisins ou baissez n_neighbors</translation>
    </message>
    <message>
        <source>min_dist %1 and spread %2: need 0 &lt;= min_dist &lt;= spread and spread &gt; 0</source>
        <translation>min_dist %1 et spread %2 : il faut 0 &lt;= min_dist &lt;= spread et spread &gt; 0</translation>
    </message>
    <message>
        <source>%1 components: UMAP lays out in 2 or 3</source>
        <translation>%1 composantes : UMAP dispose en 2 ou 3</translation>
    </message>
    <message>
        <source>epochs and negative samples must be &gt;= 0 and the learning rate &gt; 0</source>
        <translation>les époques et les échantillons négatifs doivent être &gt;= 0 et le taux d’apprentissage &gt; 0</translation>
    </message>
    <message>
        <source>the starting layout has %1 values; it needs %2 rows x %3 components</source>
        <translation>la disposition de départ a %1 valeurs ; il faut %2 lignes x %3 composantes</translation>
    </message>
</context>
<context>
    <name>ik::embed::VectorSet</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, column %2 is %3; every value must be a finite number: drop or fix that row (numpy: np.nan_to_num) and save again</source>
        <translation>%1, la colonne %2 vaut %3 ; chaque valeur doit être un nombre fini : supprimez ou corrigez cette ligne (numpy : np.nan_to_num) et enregistrez à nouveau</translation>
    </message>
    <message>
        <source>the array is stored in Fortran (column-major) order; save it in C order: np.save(path, np.ascontiguousarray(a))</source>
        <translation>le tableau est stocké dans l’ordre Fortran (par colonnes) ; enregistrez-le dans l’ordre C : np.save(path, np.ascontiguousarray(a))</translation>
    </message>
    <message>
        <source>the values are %1, not little-endian float32 or float64; convert them: np.save(path, a.astype(&apos;&lt;f4&apos;))</source>
        <translation>les valeurs sont %1, pas du float32 ou float64 little-endian ; convertissez-les : np.save(path, a.astype(&apos;&lt;f4&apos;))</translation>
    </message>
    <message>
        <source>the array has shape %1; it must be 2-D, one row per vector (n, d): np.save(path, a.reshape(n, -1))</source>
        <translation>le tableau a la forme %1 ; il doit être en 2-D, une ligne par vecteur (n, d) : np.save(path, a.reshape(n, -1))</translation>
    </message>
    <message>
        <source>the array has shape %1 and holds no vectors</source>
        <translation>le tableau a la forme %1 et ne contient aucun vecteur</translation>
    </message>
    <message>
        <source>the array has shape %1, too large to inspect</source>
        <translation>le tableau a la forme %1, trop grand pour être inspecté</translation>
    </message>
    <message>
        <source>the file is empty; save an array with numpy.save</source>
        <translation>le fichier est vide ; enregistrez un tableau avec numpy.save</translation>
    </message>
    <message>
        <source>the header says shape %1 (%2 bytes of data) but the file holds %3 bytes after it; the file is truncated or was not written by numpy.save</source>
        <translation>l’en-tête indique la forme %1 (%2 octets de données) mais le fichier contient %3 octets après lui ; le fichier est tronqué ou n’a pas été écrit par numpy.save</translation>
    </message>
    <message>
        <source>row %1 (a[%1])</source>
        <translation>ligne %1 (a[%1])</translation>
    </message>
    <message>
        <source>line %1: no vector; put it in &quot;embedding&quot; (or &quot;vector&quot;) as an array of numbers</source>
        <translation>ligne %1 : aucun vecteur ; mettez-le dans &quot;embedding&quot; (ou &quot;vector&quot;) comme un tableau de nombres</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is an empty array</source>
        <translation>ligne %1 : &quot;%2&quot; est un tableau vide</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; has %3 values but line %4 has %5; every vector must have the same length (ragged rows)</source>
        <translation>ligne %1 : &quot;%2&quot; a %3 valeurs mais la ligne %4 en a %5 ; tous les vecteurs doivent avoir la même longueur (lignes inégales)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; value %3 is not a number</source>
        <translation>ligne %1 : la valeur %3 de &quot;%2&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>line %1: id &quot;%2&quot; is already used on line %3; ids must be unique</source>
        <translation>ligne %1 : l’identifiant &quot;%2&quot; est déjà utilisé à la ligne %3 ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the float32 range</source>
        <translation>« %1 » est hors de la plage du float32</translation>
    </message>
    <message>
        <source>the file is empty; write one vector per line, its values separated by tabs</source>
        <translation>le fichier est vide ; écrivez un vecteur par ligne, ses valeurs séparées par des tabulations</translation>
    </message>
    <message>
        <source>line %1 is empty; every line must hold one vector (remove blank lines)</source>
        <translation>la ligne %1 est vide ; chaque ligne doit contenir un vecteur (supprimez les lignes vides)</translation>
    </message>
    <message>
        <source>line %1 has %2 values but line 1 has %3; every vector must have the same length (ragged rows)</source>
        <translation>la ligne %1 a %2 valeurs mais la ligne 1 en a %3 ; tous les vecteurs doivent avoir la même longueur (lignes inégales)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>ligne %1, colonne %2 : %3%4</translation>
    </message>
    <message>
        <source>; the vectors file has no header row (names go in the metadata file)</source>
        <translation> ; le fichier de vecteurs n’a pas de ligne d’en-tête (les noms vont dans le fichier de métadonnées)</translation>
    </message>
    <message>
        <source>: the metadata file is empty; give one row per vector or no metadata</source>
        <translation> : le fichier de métadonnées est vide ; donnez une ligne par vecteur ou aucune métadonnée</translation>
    </message>
    <message>
        <source> after the header</source>
        <translation> après l’en-tête</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the file holds no vectors; write one JSON object per line with an &quot;embedding&quot; array</source>
        <translation>le fichier ne contient aucun vecteur ; écrivez un objet JSON par ligne avec un tableau &quot;embedding&quot;</translation>
    </message>
    <message>
        <source>line %1 has no &quot;id&quot; while other lines do; give every line an id, or none</source>
        <translation>la ligne %1 n’a pas d’&quot;id&quot; alors que d’autres en ont ; donnez un id à chaque ligne, ou à aucune</translation>
    </message>
    <message>
        <source>unknown kind of vector file; use .npy (NumPy), .jsonl (one {&quot;embedding&quot;: [...]} per line) or .tsv (Embedding Projector)</source>
        <translation>type de fichier de vecteurs inconnu ; utilisez .npy (NumPy), .jsonl (un {&quot;embedding&quot;: [...]} par ligne) ou .tsv (Embedding Projector)</translation>
    </message>
    <message numerus="yes">
        <source>: %n metadata row(s)%1 for %2 vectors; give exactly one row per vector, in the same order</source>
        <translation>
            <numerusform> : %n ligne de métadonnées%1 pour %2 vecteurs ; donnez exactement une ligne par vecteur, dans le même ordre</numerusform>
            <numerusform> : %n lignes de métadonnées%1 pour %2 vecteurs ; donnez exactement une ligne par vecteur, dans le même ordre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: line %1 has %n column(s) but the header names %2; give every row the header&apos;s columns</source>
        <translation>
            <numerusform> : la ligne %1 a %n colonne mais l’en-tête en nomme %2 ; donnez à chaque ligne les colonnes de l’en-tête</numerusform>
            <numerusform> : la ligne %1 a %n colonnes mais l’en-tête en nomme %2 ; donnez à chaque ligne les colonnes de l’en-tête</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::eval</name>
    <message>
        <source>no stored workload is named &quot;%1&quot;; give its name or id, or project/slug</source>
        <translation>aucune charge de travail enregistrée ne s&apos;appelle &quot;%1&quot;&#x202f;; donnez son nom ou son id, ou projet/slug</translation>
    </message>
    <message>
        <source>workload &quot;%1&quot;: %2</source>
        <translation>charge de travail &quot;%1&quot;&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ik::eval::Assertions</name>
    <message>
        <source>the answer is %1</source>
        <translation>la réponse est %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 attendu, %2 obtenu</translation>
    </message>
    <message>
        <source>the answer contains &quot;%1&quot;</source>
        <translation>la réponse contient &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the answer %2</source>
        <translation>&quot;%1&quot; n&apos;est pas dans la réponse %2</translation>
    </message>
    <message>
        <source>the answer does not contain &quot;%1&quot;</source>
        <translation>la réponse ne contient pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer contains &quot;%1&quot; at character %2</source>
        <translation>la réponse contient &quot;%1&quot; au caractère %2</translation>
    </message>
    <message>
        <source>the pattern is not valid: %1</source>
        <translation>le motif n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>correspondance&#xa0;: %1</translation>
    </message>
    <message>
        <source>/%1/ does not match the answer %2</source>
        <translation>/%1/ ne correspond pas à la réponse %2</translation>
    </message>
    <message>
        <source>the answer is valid JSON</source>
        <translation>la réponse est du JSON valide</translation>
    </message>
    <message>
        <source>the answer matches the schema</source>
        <translation>la réponse respecte le schéma</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la réponse n&apos;est pas du JSON&#xa0;: %1</translation>
    </message>
    <message>
        <source>the answer breaks the schema: %1</source>
        <translation>la réponse enfreint le schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was called, not %2</source>
        <translation>%1 a été appelé, pas %2</translation>
    </message>
    <message>
        <source>the arguments of %1 %2 do not match /%3/</source>
        <translation>les arguments de %1 %2 ne correspondent pas à /%3/</translation>
    </message>
    <message>
        <source>the arguments of %1 break the schema: %2</source>
        <translation>les arguments de %1 enfreignent le schéma&#xa0;: %2</translation>
    </message>
    <message>
        <source>no tool was called</source>
        <translation>aucun outil n&apos;a été appelé</translation>
    </message>
    <message>
        <source>no tool was called; expected %1</source>
        <translation>aucun outil n&apos;a été appelé&#x202f;; %1 attendu</translation>
    </message>
    <message>
        <source>%1 was called with %2</source>
        <translation>%1 a été appelé avec %2</translation>
    </message>
    <message>
        <source>no token came</source>
        <translation>aucun token n&apos;est arrivé</translation>
    </message>
    <message>
        <source>the call never ended</source>
        <translation>l&apos;appel ne s&apos;est jamais terminé</translation>
    </message>
    <message>
        <source>%1 took %2 ms; the limit is %3 ms</source>
        <translation>%1 a mis %2 ms&#x202f;; la limite est de %3 ms</translation>
    </message>
    <message>
        <source>the first token</source>
        <translation>le premier token</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la réponse</translation>
    </message>
    <message>
        <source>the server sent no token counts (usage)</source>
        <translation>le serveur n&apos;a envoyé aucun décompte de tokens (usage)</translation>
    </message>
    <message>
        <source>%1 %2 tokens; the limit is %3</source>
        <translation>%1 tokens %2&#x202f;; la limite est de %3</translation>
    </message>
    <message>
        <source>total</source>
        <translation>au total</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>de réponse</translation>
    </message>
    <message>
        <source>the cost is unknown: the workload has no price, or the server sent no usage</source>
        <translation>le coût est inconnu&#xa0;: la charge de travail n&apos;a pas de prix, ou le serveur n&apos;a pas envoyé l&apos;usage</translation>
    </message>
    <message>
        <source>cost %1; the limit is %2</source>
        <translation>coût %1&#x202f;; la limite est de %2</translation>
    </message>
    <message>
        <source>the call failed: %1</source>
        <translation>l&apos;appel a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>en attente de %1</translation>
    </message>
    <message>
        <source>similarity %1 to the expected answer; the threshold is %2</source>
        <translation>similarité %1 avec la réponse attendue&#x202f;; le seuil est de %2</translation>
    </message>
    <message>
        <source>the judge&apos;s reply holds no score: %1</source>
        <translation>la réponse du juge ne contient aucune note&#xa0;: %1</translation>
    </message>
    <message>
        <source>graded %1 (threshold %2)%3</source>
        <translation>note %1 (seuil %2)%3</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalDecider</name>
    <message>
        <source>the workload %1 is not known here</source>
        <translation>la charge de travail %1 est inconnue ici</translation>
    </message>
    <message>
        <source>the answer is empty: nothing to compare</source>
        <translation>la réponse est vide&#xa0;: rien à comparer</translation>
    </message>
    <message>
        <source>the row has no expected answer to compare with</source>
        <translation>la ligne n&apos;a pas de réponse attendue à comparer</translation>
    </message>
    <message>
        <source>the call to %1 failed: %2</source>
        <translation>l&apos;appel à %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 vectors for 2 texts</source>
        <translation>%1 a envoyé %2 vecteurs pour 2 textes</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalResultsModel</name>
    <message>
        <source>pass</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalRunner</name>
    <message>
        <source>the results store is not open: %1</source>
        <translation>le magasin de résultats n&apos;est pas ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <source>a run needs 1 to %1 workloads, one per workload of the set</source>
        <translation>une exécution demande de 1 à %1 charges de travail, une par charge de travail du jeu</translation>
    </message>
    <message>
        <source>%1 is a %2 workload; an evaluation runs against chat workloads</source>
        <translation>%1 est une charge de travail %2&#x202f;; une évaluation s&apos;exécute sur des charges de travail de chat</translation>
    </message>
    <message>
        <source>the tools of %1: %2</source>
        <translation>les outils de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot start a run in the results store: %1</source>
        <translation>impossible de démarrer une exécution dans le magasin de résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>not sent: the guard asks first (%1); send it from the window, or set RunOptions::confirmRisky</source>
        <translation>non envoyée&#xa0;: la protection demande d&apos;abord confirmation (%1)&#x202f;; envoyez-la depuis la fenêtre, ou activez RunOptions::confirmRisky</translation>
    </message>
    <message>
        <source>cannot write a result: %1</source>
        <translation>impossible d&apos;écrire un résultat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalSet</name>
    <message>
        <source>needs &quot;%1&quot;: a number of at least 0</source>
        <translation>demande &quot;%1&quot;&#xa0;: un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>&quot;measure&quot; is one of %1, not &quot;%2&quot;</source>
        <translation>&quot;measure&quot; vaut l&apos;une des valeurs %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>needs &quot;value&quot;: the text to look for</source>
        <translation>demande &quot;value&quot;&#xa0;: le texte à rechercher</translation>
    </message>
    <message>
        <source>needs &quot;pattern&quot;: a valid regular expression (%1)</source>
        <translation>demande &quot;pattern&quot;&#xa0;: une expression régulière valide (%1)</translation>
    </message>
    <message>
        <source>needs &quot;schema&quot;: a JSON Schema object</source>
        <translation>demande &quot;schema&quot;&#xa0;: un objet JSON Schema</translation>
    </message>
    <message>
        <source>&quot;arguments_pattern&quot; is not a valid regular expression (%1)</source>
        <translation>&quot;arguments_pattern&quot; n&apos;est pas une expression régulière valide (%1)</translation>
    </message>
    <message>
        <source>&quot;arguments_schema&quot; must be a JSON Schema object</source>
        <translation>&quot;arguments_schema&quot; doit être un objet JSON Schema</translation>
    </message>
    <message>
        <source>needs &quot;workload&quot;: the workload that decides</source>
        <translation>demande &quot;workload&quot;&#xa0;: la charge de travail qui décide</translation>
    </message>
    <message>
        <source>needs &quot;rubric&quot;: what the judge grades the answer on</source>
        <translation>demande &quot;rubric&quot;&#xa0;: le critère sur lequel le juge note la réponse</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>champ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an assertion is an object {&quot;type&quot;: ..., ...}</source>
        <translation>une assertion est un objet {&quot;type&quot;: ..., ...}</translation>
    </message>
    <message>
        <source>needs &quot;type&quot;: one of %1</source>
        <translation>demande &quot;type&quot;&#xa0;: l&apos;un de %1</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;: use one of %2</source>
        <translation>type inconnu &quot;%1&quot;&#xa0;: utilisez l&apos;un de %2</translation>
    </message>
    <message>
        <source>the expected answer</source>
        <translation>la réponse attendue</translation>
    </message>
    <message>
        <source>a tool called</source>
        <translation>un outil appelé</translation>
    </message>
    <message>
        <source>tool %1 called</source>
        <translation>outil %1 appelé</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms (%2)</source>
        <translation>latence ≤ %1 ms (%2)</translation>
    </message>
    <message>
        <source>tokens ≤ %1 (%2)</source>
        <translation>tokens ≤ %1 (%2)</translation>
    </message>
    <message>
        <source>cost ≤ $%1</source>
        <translation>coût ≤ $%1</translation>
    </message>
    <message>
        <source>similar to the expected answer ≥ %1 (%2)</source>
        <translation>similaire à la réponse attendue ≥ %1 (%2)</translation>
    </message>
    <message>
        <source>judged ≥ %1 by %2</source>
        <translation>noté ≥ %1 par %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>lecture du fichier impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>the CSV file has no header line naming its columns</source>
        <translation>le fichier CSV n&apos;a pas de ligne d&apos;en-tête nommant ses colonnes</translation>
    </message>
    <message>
        <source>has %1 fields where the header names %2 columns (a comma inside a value needs the value in double quotes)</source>
        <translation>a %1 champs là où l&apos;en-tête nomme %2 colonnes (une valeur contenant une virgule doit être entre guillemets doubles)</translation>
    </message>
    <message>
        <source>is not JSON: %1 at byte %2</source>
        <translation>n&apos;est pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>is not a JSON object of variables</source>
        <translation>n&apos;est pas un objet JSON de variables</translation>
    </message>
    <message>
        <source>cannot read the dataset: %1</source>
        <translation>lecture du jeu de données impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a dataset is a .csv or .jsonl file, not .%1</source>
        <translation>un jeu de données est un fichier .csv ou .jsonl, pas .%1</translation>
    </message>
    <message>
        <source>the template uses {{%1}} but this row has no &quot;%1&quot; (columns: %2)</source>
        <translation>le modèle utilise {{%1}} mais cette ligne n&apos;a pas de &quot;%1&quot; (colonnes&#xa0;: %2)</translation>
    </message>
    <message>
        <source>names the column &quot;%1&quot;, which the dataset does not have</source>
        <translation>nomme la colonne &quot;%1&quot;, que le jeu de données n&apos;a pas</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is never used: no {{%1}} in the prompt or an assertion</source>
        <translation>la colonne &quot;%1&quot; n&apos;est jamais utilisée&#xa0;: aucun {{%1}} dans le prompt ni dans une assertion</translation>
    </message>
    <message>
        <source>needs {&quot;system&quot;, &quot;user&quot;} or {&quot;messages&quot;: [...]}</source>
        <translation>demande {&quot;system&quot;, &quot;user&quot;} ou {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>give &quot;user&quot; or &quot;messages&quot;, not both</source>
        <translation>donnez &quot;user&quot; ou &quot;messages&quot;, pas les deux</translation>
    </message>
    <message>
        <source>&quot;role&quot; is system, user or assistant, not &quot;%1&quot;</source>
        <translation>&quot;role&quot; vaut system, user ou assistant, pas &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a non-blank &quot;content&quot;</source>
        <translation>demande un &quot;content&quot; non vide</translation>
    </message>
    <message>
        <source>needs at least one message</source>
        <translation>demande au moins un message</translation>
    </message>
    <message>
        <source>needs the user message template, e.g. &quot;{{question}}&quot;</source>
        <translation>demande le modèle du message de l&apos;utilisateur, par ex. &quot;{{question}}&quot;</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>doit être un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a JSON array of function tools</source>
        <translation>doit être un tableau JSON d&apos;outils de fonction</translation>
    </message>
    <message>
        <source>needs {&quot;input_per_million&quot;: N, &quot;output_per_million&quot;: N} in dollars</source>
        <translation>demande {&quot;input_per_million&quot;: N, &quot;output_per_million&quot;: N} en dollars</translation>
    </message>
    <message>
        <source>needs 1 to %1 workloads, e.g. [{&quot;workload&quot;: &quot;acme/support-bot&quot;}]</source>
        <translation>demande de 1 à %1 charges de travail, par ex. [{&quot;workload&quot;: &quot;acme/support-bot&quot;}]</translation>
    </message>
    <message>
        <source>holds %1 workloads; a run compares at most %2</source>
        <translation>contient %1 charges de travail&#x202f;; une exécution en compare au plus %2</translation>
    </message>
    <message>
        <source>needs &quot;workload&quot;: a stored workload&apos;s name or id, or project/slug</source>
        <translation>demande &quot;workload&quot;&#xa0;: le nom ou l&apos;id d&apos;une charge de travail enregistrée, ou projet/slug</translation>
    </message>
    <message>
        <source>a set never holds keys: remove it and keep the key in the keychain or INFERENCEKEY_API_KEY</source>
        <translation>un jeu ne contient jamais de clé&#xa0;: retirez-la et gardez la clé dans le trousseau ou dans INFERENCEKEY_API_KEY</translation>
    </message>
    <message>
        <source>is not JSON (%1): write an assertion object or an array of them</source>
        <translation>n&apos;est pas du JSON (%1)&#xa0;: écrivez un objet d&apos;assertion ou un tableau de tels objets</translation>
    </message>
    <message>
        <source>needs {&quot;path&quot;: &quot;rows.csv&quot;} or {&quot;rows&quot;: [...]}</source>
        <translation>demande {&quot;path&quot;: &quot;rows.csv&quot;} ou {&quot;rows&quot;: [...]}</translation>
    </message>
    <message>
        <source>each row is an object of variables</source>
        <translation>chaque ligne est un objet de variables</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>pas du JSON&#xa0;: %1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>an evaluation set is a JSON object</source>
        <translation>un jeu d&apos;évaluation est un objet JSON</translation>
    </message>
    <message>
        <source>must be &quot;ik-eval-set&quot; (is this an evaluation set?)</source>
        <translation>doit être &quot;ik-eval-set&quot; (est-ce bien un jeu d&apos;évaluation&#x202f;?)</translation>
    </message>
    <message>
        <source>version %1 is not known to this build; it reads version 1</source>
        <translation>cette compilation ne connaît pas la version %1&#x202f;; elle lit la version 1</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>ne contient aucune ligne</translation>
    </message>
</context>
<context>
    <name>ik::retrieval::RetrievalSet</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>the document has no id; give every document a unique id</source>
        <translation>le document n’a pas d’identifiant ; donnez à chaque document un identifiant unique</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no text</source>
        <translation>le document « %1 » n’a pas de texte</translation>
    </message>
    <message>
        <source>duplicate document id &quot;%1&quot; (first used by document %2); ids must be unique</source>
        <translation>identifiant de document « %1 » en double (déjà utilisé par le document %2) ; les identifiants doivent être uniques</translation>
    </message>
    <message>
        <source>the file holds no documents</source>
        <translation>le fichier ne contient aucun document</translation>
    </message>
    <message>
        <source>bad grade &quot;%1&quot; for &quot;%2&quot;: a grade is a number above 0 and at most %3 (write id:grade, like %2:2, or the id alone for grade 1)</source>
        <translation>note incorrecte « %1 » pour « %2 » : une note est un nombre supérieur à 0 et au plus %3 (écrivez id:note, comme %2:2, ou l’identifiant seul pour la note 1)</translation>
    </message>
    <message>
        <source>an empty relevant id (two separators in a row?)</source>
        <translation>un identifiant pertinent vide (deux séparateurs à la suite ?)</translation>
    </message>
    <message>
        <source>relevant id &quot;%1&quot; is not a document&apos;s id (the documents&apos; ids are %2); fix the id or add that document</source>
        <translation>l’identifiant pertinent « %1 » n’est celui d’aucun document (les identifiants des documents sont %2) ; corrigez l’identifiant ou ajoutez ce document</translation>
    </message>
    <message>
        <source>relevant id &quot;%1&quot; is listed twice; list it once, with its grade</source>
        <translation>l’identifiant pertinent « %1 » figure deux fois ; indiquez-le une fois, avec sa note</translation>
    </message>
    <message>
        <source>a relevant item {...} needs an &quot;id&quot; (and optionally a &quot;grade&quot;)</source>
        <translation>un élément pertinent {...} exige un &quot;id&quot; (et éventuellement un &quot;grade&quot;)</translation>
    </message>
    <message>
        <source>a relevant item must be an id, &quot;id:grade&quot; or {&quot;id&quot;, &quot;grade&quot;}</source>
        <translation>un élément pertinent doit être un identifiant, « id:note » ou {&quot;id&quot;, &quot;grade&quot;}</translation>
    </message>
    <message>
        <source>&quot;relevant&quot; must be a list of ids, like [&quot;d1&quot;, &quot;d7:2&quot;]</source>
        <translation>&quot;relevant&quot; doit être une liste d’identifiants, comme [&quot;d1&quot;, &quot;d7:2&quot;]</translation>
    </message>
    <message>
        <source>the query is empty; write its text, or remove the line</source>
        <translation>la requête est vide ; écrivez son texte, ou supprimez la ligne</translation>
    </message>
    <message>
        <source>query &quot;%1&quot; lists no relevant document; give at least one id in relevant</source>
        <translation>la requête « %1 » n’indique aucun document pertinent ; donnez au moins un identifiant dans relevant</translation>
    </message>
    <message>
        <source>duplicate query id &quot;%1&quot; (first used on line %2); query ids must be unique</source>
        <translation>identifiant de requête « %1 » en double (déjà utilisé à la ligne %2) ; les identifiants de requête doivent être uniques</translation>
    </message>
    <message>
        <source>the file holds no queries</source>
        <translation>le fichier ne contient aucune requête</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;: the header has %2; the first row must name the columns, like id,text,label</source>
        <translation>colonne « %1 » manquante : l’en-tête contient %2 ; la première ligne doit nommer les colonnes, comme id,text,label</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;; write each document like %2</source>
        <translation>champ « %1 » manquant ; écrivez chaque document comme %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; doit être une chaîne ou un nombre</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; documents are .csv (id,text,label), .jsonl or .txt (one per line, ids = line numbers)</source>
        <translation>%1 : type de fichier inconnu ; les documents sont en .csv (id,text,label), .jsonl ou .txt (un par ligne, identifiants = numéros de ligne)</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;: the header has %2; the first row must name the columns, like id,query,relevant (relevant as d1;d7:2)</source>
        <translation>colonne « %1 » manquante : l’en-tête contient %2 ; la première ligne doit nommer les colonnes, comme id,query,relevant (relevant sous la forme d1;d7:2)</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;; write each query like %2</source>
        <translation>champ « %1 » manquant ; écrivez chaque requête comme %2</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be a string</source>
        <translation>&quot;query&quot; doit être une chaîne</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; queries are .csv (query,relevant) or .jsonl</source>
        <translation>%1 : type de fichier inconnu ; les requêtes sont en .csv (query,relevant) ou .jsonl</translation>
    </message>
</context>
<context>
    <name>ik::runWarnings</name>
    <message>
        <source>the stream held invalid UTF-8 at byte %1: the answer shows U+FFFD there</source>
        <translation>le flux contenait de l&apos;UTF-8 non valide à l&apos;octet %1&#xa0;: la réponse affiche U+FFFD à cet endroit</translation>
    </message>
    <message>
        <source>1 frame was not JSON and was skipped</source>
        <translation>1 trame n&apos;était pas du JSON et a été ignorée</translation>
    </message>
    <message>
        <source>%1 frames were not JSON and were skipped</source>
        <translation>%1 trames n&apos;étaient pas du JSON et ont été ignorées</translation>
    </message>
</context>
<context>
    <name>ik::sandbox::Faults</name>
    <message>
        <source>429 Too Many Requests, Retry-After 2 s</source>
        <translation>429 Too Many Requests, Retry-After 2 s</translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation>500 Internal Server Error</translation>
    </message>
    <message>
        <source>503: the workload is starting after being idle, Retry-After 5 s</source>
        <translation>503&#xa0;: la charge de travail démarre après une période d&apos;inactivité, Retry-After 5 s</translation>
    </message>
    <message>
        <source>The answer starts only after a long wait</source>
        <translation>La réponse ne commence qu&apos;après une longue attente</translation>
    </message>
    <message>
        <source>The answer stops partway, then goes on late</source>
        <translation>La réponse s&apos;arrête à mi-chemin, puis reprend en retard</translation>
    </message>
    <message>
        <source>The connection drops partway through</source>
        <translation>La connexion tombe en cours de route</translation>
    </message>
    <message>
        <source>The stream ends without its [DONE] frame</source>
        <translation>Le flux se termine sans sa trame [DONE]</translation>
    </message>
    <message>
        <source>An error event in mid-stream</source>
        <translation>Un événement d&apos;erreur en plein flux</translation>
    </message>
    <message>
        <source>One stream frame is not JSON</source>
        <translation>Une trame du flux n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>Comment lines (keep-alives) between frames</source>
        <translation>Lignes de commentaire (keep-alive) entre les trames</translation>
    </message>
    <message>
        <source>The stream&apos;s lines end in CRLF</source>
        <translation>Les lignes du flux se terminent par CRLF</translation>
    </message>
    <message>
        <source>One very large token in the answer</source>
        <translation>Un très gros token dans la réponse</translation>
    </message>
    <message>
        <source>Bytes that are not UTF-8 in the stream</source>
        <translation>Des octets qui ne sont pas de l&apos;UTF-8 dans le flux</translation>
    </message>
    <message>
        <source>Embeddings come back in reverse order</source>
        <translation>Les embeddings reviennent dans l&apos;ordre inverse</translation>
    </message>
    <message>
        <source>307 redirect to another host name</source>
        <translation>Redirection 307 vers un autre nom d&apos;hôte</translation>
    </message>
    <message>
        <source>A tool call&apos;s arguments are cut short: not JSON</source>
        <translation>Les arguments d&apos;un appel d&apos;outil sont tronqués&#xa0;: pas du JSON</translation>
    </message>
    <message>
        <source>The model calls a tool the request did not offer</source>
        <translation>Le modèle appelle un outil que la requête ne proposait pas</translation>
    </message>
    <message>
        <source>Structured output that breaks its response_format schema</source>
        <translation>Une sortie structurée qui enfreint son schéma response_format</translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message>
        <source>&amp;Remember the control token in the system keychain</source>
        <translation>&amp;Mémoriser le jeton de contrôle dans le trousseau système</translation>
    </message>
    <message>
        <source>&amp;List workloads</source>
        <translation>&amp;Lister les charges de travail</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Ajouter la sélection</translation>
    </message>
    <message>
        <source>Import workloads from project</source>
        <translation>Importer les charges de travail d&apos;un projet</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation>Slug du projet</translation>
    </message>
    <message>
        <source>Control token (ik_sdk_)</source>
        <translation>Jeton de contrôle (ik_sdk_)</translation>
    </message>
    <message>
        <source>ik_sdk_…</source>
        <translation>ik_sdk_…</translation>
    </message>
    <message>
        <source>List workloads</source>
        <translation>Lister les charges de travail</translation>
    </message>
    <message>
        <source>Workloads of the project</source>
        <translation>Charges de travail du projet</translation>
    </message>
    <message>
        <source>Add selected workloads</source>
        <translation>Ajouter les charges de travail sélectionnées</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Control &amp;token:</source>
        <translation>&amp;Jeton de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>The control token is used for this one call. It is kept (in its own keychain entry) only if you tick “remember”, and it can never be used to call a workload.</source>
        <translation>Le jeton de contrôle sert pour ce seul appel. Il n&apos;est gardé (dans sa propre entrée du trousseau) que si vous cochez «&#xa0;mémoriser&#xa0;», et il ne peut jamais servir à appeler une charge de travail.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pasted token cleaned up: %1.</source>
        <translation>Jeton collé nettoyé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The playground has no view for task type %1.</source>
        <translation>Le playground n&apos;a pas de vue pour le type de tâche %1.</translation>
    </message>
    <message>
        <source>The project has no workloads.</source>
        <translation>Le projet n&apos;a aucune charge de travail.</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) in project %1.</source>
        <translation>
            <numerusform>%n charge de travail dans le projet %1.</numerusform>
            <numerusform>%n charges de travail dans le projet %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remembered control token belongs to %1 (project %2); paste the token for this server and project.</source>
        <translation>Le jeton de contrôle mémorisé appartient à %1 (projet %2)&#x202f;; collez le jeton de ce serveur et de ce projet.</translation>
    </message>
    <message>
        <source>Listing workloads of %1…</source>
        <translation>Liste des charges de travail de %1…</translation>
    </message>
</context>
<context>
    <name>ik::ui::KeyField</name>
    <message>
        <source>ik_live_…</source>
        <translation>ik_live_…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Afficher ou masquer la clé</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Afficher la clé</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Masquer la clé</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Coller</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>ik::ui::Language</name>
    <message>
        <source>%1 names the language &quot;%2&quot;, which the window does not have; use one of %3.</source>
        <translation>%1 désigne la langue &quot;%2&quot;, que la fenêtre ne propose pas&#x202f;; utilisez l&apos;une de celles-ci&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is not built into this program.</source>
        <translation>La traduction &quot;%1&quot; n&apos;est pas intégrée à ce programme.</translation>
    </message>
    <message>
        <source>The setting %1</source>
        <translation>Le réglage %1</translation>
    </message>
</context>
<context>
    <name>ik::ui::MainWindow</name>
    <message>
        <source>InferenceKey Playground</source>
        <translation>InferenceKey Playground</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Bac à sable local</translation>
    </message>
    <message>
        <source>Keys: this session only</source>
        <translation>Clés&#xa0;: cette session seulement</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>Clés&#xa0;: trousseau système</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problème de trousseau</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>Réessayer avec le trousseau</translation>
    </message>
    <message>
        <source>Import from the environment</source>
        <translation>Importer depuis l&apos;environnement</translation>
    </message>
    <message>
        <source>Use its &amp;key</source>
        <translation>Utiliser sa &amp;clé</translation>
    </message>
    <message>
        <source>Use the key from INFERENCEKEY_API_KEY</source>
        <translation>Utiliser la clé de INFERENCEKEY_API_KEY</translation>
    </message>
    <message>
        <source>Add &amp;workload from environment…</source>
        <translation>Ajouter une charge de travail depuis l&apos;&amp;environnement…</translation>
    </message>
    <message>
        <source>Add workload from environment</source>
        <translation>Ajouter une charge de travail depuis l&apos;environnement</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Dismiss the environment offer</source>
        <translation>Ignorer la proposition de l&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Add workload…</source>
        <translation>&amp;Ajouter une charge de travail…</translation>
    </message>
    <message>
        <source>&amp;Edit workload…</source>
        <translation>&amp;Modifier la charge de travail…</translation>
    </message>
    <message>
        <source>&amp;Duplicate workload…</source>
        <translation>&amp;Dupliquer la charge de travail…</translation>
    </message>
    <message>
        <source>&amp;Remove workload</source>
        <translation>&amp;Retirer la charge de travail</translation>
    </message>
    <message>
        <source>&amp;Import workloads from project…</source>
        <translation>&amp;Importer les charges de travail d&apos;un projet…</translation>
    </message>
    <message>
        <source>E&amp;xport workloads…</source>
        <translation>E&amp;xporter les charges de travail…</translation>
    </message>
    <message>
        <source>Import workloads &amp;file…</source>
        <translation>Importer un &amp;fichier de charges de travail…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Start the local &amp;sandbox</source>
        <translation>Démarrer le &amp;bac à sable local</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Charges de travail</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Go to &amp;workloads</source>
        <translation>Aller aux charges de &amp;travail</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About InferenceKey Playground</source>
        <translation>À propos d&apos;InferenceKey Playground</translation>
    </message>
    <message>
        <source>InferenceKey Playground %1
Commit %2 · Qt %3 (built with %4)
Keys live in the system keychain (service “ik-playground”), never in files.</source>
        <translation>InferenceKey Playground %1
Commit %2 · Qt %3 (compilé avec %4)
Les clés résident dans le trousseau système (service «&#xa0;ik-playground&#xa0;»), jamais dans des fichiers.</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Plus de menus</translation>
    </message>
    <message>
        <source>More workload actions</source>
        <translation>Plus d&apos;actions sur les charges de travail</translation>
    </message>
    <message>
        <source>Local sandbox on %1</source>
        <translation>Bac à sable local sur %1</translation>
    </message>
    <message numerus="yes">
        <source>Local sandbox started on %1 with %n demo workload(s).</source>
        <translation>
            <numerusform>Bac à sable local démarré sur %1 avec %n charge de travail de démonstration.</numerusform>
            <numerusform>Bac à sable local démarré sur %1 avec %n charges de travail de démonstration.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Saved workload %1.</source>
        <translation>Charge de travail %1 enregistrée.</translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation>Retirer la charge de travail</translation>
    </message>
    <message>
        <source>Remove workload “%1” and delete its key from the keychain?</source>
        <translation>Retirer la charge de travail «&#xa0;%1&#xa0;» et supprimer sa clé du trousseau&#x202f;?</translation>
    </message>
    <message>
        <source>Removed workload %1.</source>
        <translation>Charge de travail %1 retirée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s); add each one&apos;s key in the key field.</source>
        <translation>
            <numerusform>%n charge de travail importée&#x202f;; ajoutez sa clé dans le champ de la clé.</numerusform>
            <numerusform>%n charges de travail importées&#x202f;; ajoutez la clé de chacune dans le champ de la clé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control token was not remembered: %1</source>
        <translation>Le jeton de contrôle n&apos;a pas été mémorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export workloads</source>
        <translation>Exporter les charges de travail</translation>
    </message>
    <message>
        <source>Workloads (*.json)</source>
        <translation>Charges de travail (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workload(s) (no keys) to %1.</source>
        <translation>
            <numerusform>%n charge de travail exportée (sans clés) vers %1.</numerusform>
            <numerusform>%n charges de travail exportées (sans clés) vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workloads</source>
        <translation>Importer des charges de travail</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>%n charge de travail importée.</numerusform>
            <numerusform>%n charges de travail importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Refusé&#xa0;:</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>projet %1</translation>
    </message>
    <message>
        <source>base URL %1</source>
        <translation>URL de base %1</translation>
    </message>
    <message>
        <source>a key (%1)</source>
        <translation>une clé (%1)</translation>
    </message>
    <message>
        <source>Found InferenceKey settings in the environment: %1. Add a workload with them? The key is stored only if you tick “Use its key”.</source>
        <translation>Des réglages InferenceKey ont été trouvés dans l&apos;environnement&#xa0;: %1. Ajouter une charge de travail avec eux&#x202f;? La clé n&apos;est enregistrée que si vous cochez «&#xa0;Utiliser sa clé&#xa0;».</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Réglages…</translation>
    </message>
</context>
<context>
    <name>ik::ui::SettingsDialog</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Réseau</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <source>The system&apos;s (HTTPS_PROXY, NO_PROXY)</source>
        <translation>Celui du système (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Aucun&#xa0;: connexion directe</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Ce proxy&#xa0;:</translation>
    </message>
    <message>
        <source>http://proxy.example.com:3128</source>
        <translation>http://proxy.example.com:3128</translation>
    </message>
    <message>
        <source>localhost, .internal.example.com</source>
        <translation>localhost, .internal.example.com</translation>
    </message>
    <message>
        <source>Timeouts of each request</source>
        <translation>Délais de chaque requête</translation>
    </message>
    <message>
        <source>&amp;Connect (until headers):</source>
        <translation>&amp;Connexion (jusqu&apos;aux en-têtes)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Idle (between reads):</source>
        <translation>&amp;Inactivité (entre deux lectures)&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>&amp;URL du proxy&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Bypass for:</source>
        <translation>&amp;Sauf pour&#xa0;:</translation>
    </message>
    <message>
        <source>Private certificate authorities</source>
        <translation>Autorités de certification privées</translation>
    </message>
    <message>
        <source>CA file per base URL</source>
        <translation>Fichier CA par URL de base</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>CA file (PEM)</source>
        <translation>Fichier CA (PEM)</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Ajouter une &amp;ligne</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Trusted for that base URL on top of the system&apos;s authorities. Certificates are always checked.</source>
        <translation>Chaque CA est approuvée pour son URL de base, en plus des autorités du système. Les certificats sont toujours vérifiés.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Selon le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>&amp;Effacer l&apos;historique…</translation>
    </message>
    <message>
        <source>&amp;Keep the raw frames of each run (the inspector&apos;s frames of a reopened run)</source>
        <translation>&amp;Conserver les trames brutes de chaque exécution (les trames de l&apos;inspecteur d&apos;une exécution rouverte)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Without frames a run keeps its answer, timings and usage; applies from the next run.</source>
        <translation>Sans trames, une exécution garde sa réponse, ses temps et son usage&#x202f;; s&apos;applique à partir de la prochaine exécution.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous (*)</translation>
    </message>
    <message>
        <source>%1 (history database and cache)</source>
        <translation>%1 (base de données de l&apos;historique et cache)</translation>
    </message>
    <message>
        <source>no proxy URL is given; type it as http://host:port, or choose the system&apos;s proxy or none</source>
        <translation>aucune URL de proxy n&apos;est indiquée&#x202f;; saisissez-la sous la forme http://hôte:port, ou choisissez le proxy du système ou aucun</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Réglages non enregistrés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>Delete every run kept in the history? This cannot be undone.</source>
        <translation>Supprimer toutes les exécutions gardées dans l&apos;historique&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être effacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The window changes language when you save.</source>
        <translation>La fenêtre change de langue à l’enregistrement.</translation>
    </message>
    <message>
        <source>&amp;HTTP/2 when the server offers it</source>
        <translation>&amp;HTTP/2 quand le serveur le propose</translation>
    </message>
    <message>
        <source>Off, requests use HTTP/1.1: with this version of Qt it reaches the first token sooner on a kept-alive connection.</source>
        <translation>Désactivé, les requêtes utilisent HTTP/1.1 : avec cette version de Qt, le premier jeton arrive plus tôt sur une connexion persistante.</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Chan&amp;ger…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>The data folder was not changed: %1.</source>
        <translation>Le dossier de données n’a pas été changé : %1.</translation>
    </message>
    <message>
        <source>The history was copied there and is used from the next start, which first copies the runs saved until then. Until then runs are still saved in %1, which is left as it is.</source>
        <translation>L’historique y a été copié et sera utilisé dès le prochain démarrage, qui copiera d’abord les exécutions enregistrées d’ici là. D’ici là, les exécutions sont toujours enregistrées dans %1, qui reste tel quel.</translation>
    </message>
</context>
<context>
    <name>ik::ui::VerdictView</name>
    <message>
        <source>Apply fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Apply the suggested key fix</source>
        <translation>Appliquer la correction de clé suggérée</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation>Demande d&apos;abord</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Credential guard</source>
        <translation>Contrôle des identifiants</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadDialog</name>
    <message>
        <source>Add workload</source>
        <translation>Ajouter une charge de travail</translation>
    </message>
    <message>
        <source>Edit workload</source>
        <translation>Modifier la charge de travail</translation>
    </message>
    <message>
        <source>Duplicate workload</source>
        <translation>Dupliquer la charge de travail</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation>Slug du projet</translation>
    </message>
    <message>
        <source>Workload slug</source>
        <translation>Slug de la charge de travail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Key (ik_live_)</source>
        <translation>Clé (ik_live_)</translation>
    </message>
    <message>
        <source>e.g. Support bot (defaults to the slug)</source>
        <translation>par ex. Bot d&apos;assistance (par défaut, le slug)</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>par ex. acme</translation>
    </message>
    <message>
        <source>e.g. support-bot</source>
        <translation>par ex. support-bot</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Laissez vide pour garder la clé enregistrée</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reclasser</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workload slug:</source>
        <translation>Slug de la charge de &amp;travail&#xa0;:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Point d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation>Clé collée nettoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation>Clé nettoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>(fix the fields above)</source>
        <translation>(corrigez les champs ci-dessus)</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadModel</name>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Demo workloads of the local sandbox on %1; their keys are held for this session only.</source>
        <translation>Charges de travail de démonstration du bac à sable local sur %1&#x202f;; leurs clés sont gardées pour cette session seulement.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Project %1 of the local sandbox on %2</source>
        <translation>Projet %1 du bac à sable local sur %2</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Projet %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1, %2 workload</source>
        <translation>%1, charge de travail %2</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadPanel</name>
    <message>
        <source>Selected workload</source>
        <translation>Charge de travail sélectionnée</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>Envoyer quand même&#x202f;?</translation>
    </message>
    <message>
        <source>The credential guard asks first:

%1

Send the test call anyway?</source>
        <translation>Le contrôle des identifiants demande d&apos;abord&#xa0;:

%1

Envoyer quand même l&apos;appel de test&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Make the smallest real call for this workload&apos;s kind</source>
        <translation>Faire le plus petit appel réel pour le type de cette charge de travail</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clé</translation>
    </message>
    <message>
        <source>Edit the key</source>
        <translation>Modifier la clé</translation>
    </message>
    <message>
        <source>Show the key, edit, save or revert it</source>
        <translation>Afficher la clé, la modifier, l&apos;enregistrer ou l&apos;annuler</translation>
    </message>
    <message>
        <source>Key of the selected workload</source>
        <translation>Clé de la charge de travail sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Enregistrer la clé</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <source>Store the key in the field, exactly as shown, in the keychain</source>
        <translation>Enregistrer dans le trousseau la clé du champ, telle qu&apos;affichée</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler</translation>
    </message>
    <message>
        <source>Revert the key</source>
        <translation>Annuler les changements de la clé</translation>
    </message>
    <message>
        <source>Back to the stored key</source>
        <translation>Revenir à la clé enregistrée</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Guard:</source>
        <translation>Contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation>Clé collée nettoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation>Clé nettoyée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation>Aucune charge de travail sélectionnée</translation>
    </message>
    <message>
        <source>Add a workload (Ctrl+N), import a project&apos;s workloads, or start the local sandbox from the Sandbox menu.</source>
        <translation>Ajoutez une charge de travail (Ctrl+N), importez les charges de travail d&apos;un projet, ou démarrez le bac à sable local depuis le menu Bac à sable.</translation>
    </message>
    <message>
        <source>Demo key of the local sandbox (%1), held for this session only</source>
        <translation>Clé de démonstration du bac à sable local (%1), gardée pour cette session seulement</translation>
    </message>
    <message>
        <source>Unsaved: the next send uses the key in the field, not the stored one. Save key stores it; Revert brings back the stored key.</source>
        <translation>Non enregistrée&#xa0;: le prochain envoi utilise la clé du champ, pas celle enregistrée. Enregistrer la clé l&apos;enregistre&#x202f;; Annuler rétablit la clé enregistrée.</translation>
    </message>
    <message>
        <source>Unsaved key</source>
        <translation>Clé non enregistrée</translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation>Clé de démonstration</translation>
    </message>
    <message>
        <source>Not saved: the key field is empty (Revert brings back the stored key).</source>
        <translation>Non enregistrée&#xa0;: le champ de la clé est vide (Annuler rétablit la clé enregistrée).</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Non enregistrée&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation>Non envoyée&#xa0;: %1 %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>Non envoyée&#xa0;: annulée.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Connecté&#xa0;: %1 a répondu en %2 ms.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>le serveur</translation>
    </message>
</context>
</TS>
