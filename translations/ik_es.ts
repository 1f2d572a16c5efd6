<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>No system keychain answers (no Secret Service). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation>No responde ningún llavero del sistema (no hay Secret Service). Las claves se guardan solo en memoria durante esta sesión; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>The keychain refused to store the key (keyring locked?). Keys are kept for this session only, in memory; nothing is written to disk. Unlock the keyring and press Retry.</source>
        <translation>El llavero se negó a guardar la clave (¿depósito de claves bloqueado?). Las claves se guardan solo en memoria durante esta sesión; no se escribe nada en el disco. Desbloquee el depósito y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The keychain failed (%1). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation>El llavero falló (%1). Las claves se guardan solo en memoria durante esta sesión; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>sin detalles</translation>
    </message>
    <message>
        <source>Key stored in the system keychain</source>
        <translation>Clave guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>Key held for this session only (not saved)</source>
        <translation>Clave retenida solo para esta sesión (no guardada)</translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation>No hay ninguna clave guardada</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Consultando el llavero…</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Thinking: %1</source>
        <translation>Razonamiento: %1</translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation>Llamadas a herramientas:
%1</translation>
    </message>
    <message>
        <source>Injected fault: click to turn it off</source>
        <translation>Fallo inyectado: haga clic para desactivarlo</translation>
    </message>
    <message>
        <source>Fault: %1 ✕</source>
        <translation>Fallo: %1 ✕</translation>
    </message>
    <message>
        <source>The local sandbox answers every request with the fault “%1”: %2. Click to turn it off.</source>
        <translation>El sandbox local responde a cada petición con el fallo “%1”: %2. Haga clic para desactivarlo.</translation>
    </message>
    <message>
        <source>Start the local sandbox first (Sandbox menu).</source>
        <translation>Inicie primero el sandbox local (menú Sandbox).</translation>
    </message>
    <message>
        <source>Inject &amp;fault</source>
        <translation>Inyectar &amp;fallo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The local sandbox answers normally again.</source>
        <translation>El sandbox local vuelve a responder con normalidad.</translation>
    </message>
    <message>
        <source>The local sandbox now answers every request with the fault “%1”.</source>
        <translation>El sandbox local responde ahora a cada petición con el fallo “%1”.</translation>
    </message>
    <message>
        <source>Models &amp;think aloud</source>
        <translation>Los modelos &amp;piensan en voz alta</translation>
    </message>
    <message>
        <source>Off (only models whose name says so)</source>
        <translation>Desactivado (solo los modelos cuyo nombre lo indica)</translation>
    </message>
    <message>
        <source>reasoning_content (vLLM, SGLang, DeepSeek)</source>
        <translation>reasoning_content (vLLM, SGLang, DeepSeek)</translation>
    </message>
    <message>
        <source>reasoning (newer vLLM, OpenRouter)</source>
        <translation>reasoning (vLLM reciente, OpenRouter)</translation>
    </message>
    <message>
        <source>&lt;think&gt; tags in the answer (no reasoning parser)</source>
        <translation>etiquetas &lt;think&gt; en la respuesta (sin analizador de razonamiento)</translation>
    </message>
    <message>
        <source>The sandbox&apos;s models answer without thinking aloud.</source>
        <translation>Los modelos del sandbox responden sin pensar en voz alta.</translation>
    </message>
    <message>
        <source>The sandbox&apos;s chat models now think aloud: %1.</source>
        <translation>Los modelos de chat del sandbox ahora piensan en voz alta: %1.</translation>
    </message>
    <message>
        <source>Key stored</source>
        <translation>Clave guardada</translation>
    </message>
    <message>
        <source>Key for this session</source>
        <translation>Clave para esta sesión</translation>
    </message>
    <message>
        <source>No key</source>
        <translation>Sin clave</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). Pick a text file with one prompt per line.</source>
        <translation>%1: no se puede leer (%2). Elija un archivo de texto con un prompt por línea.</translation>
    </message>
    <message>
        <source>%1 holds no prompt. Put one prompt per line; blank lines are skipped.</source>
        <translation>%1 no contiene ningún prompt. Ponga un prompt por línea; las líneas en blanco se omiten.</translation>
    </message>
</context>
<context>
    <name>ik</name>
    <message>
        <source>1 run</source>
        <translation>1 ejecución</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens desconocidos</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 tokens de prompt + %2 de respuesta</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 de razonamiento)</translation>
    </message>
    <message>
        <source>, tokens unknown for %1</source>
        <translation>, tokens desconocidos en %1</translation>
    </message>
    <message>
        <source>cost: tokens unknown</source>
        <translation>coste: tokens desconocidos</translation>
    </message>
    <message>
        <source>cost %1 + %2 unknown</source>
        <translation>coste %1 + %2 desconocido</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coste %1</translation>
    </message>
    <message>
        <source>the request offered no tools</source>
        <translation>la petición no ofrecía herramientas</translation>
    </message>
    <message>
        <source>the request offered only %1</source>
        <translation>la petición solo ofrecía %1</translation>
    </message>
    <message>
        <source>the arguments are %1</source>
        <translation>los argumentos son %1</translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation>no comprobado: %1</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <translation>Comparar · %1</translation>
    </message>
    <message>
        <source> · run %1/%2</source>
        <translation> · ejecución %1/%2</translation>
    </message>
    <message>
        <source>the schema needs a name of 1 to 64 letters, digits, _ or -</source>
        <translation>el esquema necesita un nombre de 1 a 64 letras, cifras, _ o -</translation>
    </message>
    <message>
        <source>the schema is empty: write a JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;}</source>
        <translation>el esquema está vacío: escriba un objeto JSON Schema, p. ej. {&quot;type&quot;: &quot;object&quot;}</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>the schema is a JSON object, { ... }</source>
        <translation>el esquema es un objeto JSON, { ... }</translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation>No es válido; no se envía nada hasta corregirlo: %1</translation>
    </message>
    <message>
        <source>Plain text: no response_format is sent.</source>
        <translation>Texto sin formato: no se envía response_format.</translation>
    </message>
    <message>
        <source>The answer must be a JSON object; it is checked when it ends.</source>
        <translation>La respuesta debe ser un objeto JSON; se comprueba al terminar.</translation>
    </message>
    <message>
        <source>Schema %1: the answer is checked against it when it ends.</source>
        <translation>Esquema %1: la respuesta se comprueba con él al terminar.</translation>
    </message>
    <message>
        <source>Not checked here: %1.</source>
        <translation>No se comprueba aquí: %1.</translation>
    </message>
    <message>
        <source>valid JSON · matches schema %1</source>
        <translation>JSON válido · cumple el esquema %1</translation>
    </message>
    <message>
        <source>valid JSON object</source>
        <translation>objeto JSON válido</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON no válido</translation>
    </message>
    <message>
        <source>valid JSON · breaks schema %1</source>
        <translation>JSON válido · incumple el esquema %1</translation>
    </message>
    <message>
        <source>valid JSON · not an object</source>
        <translation>JSON válido · no es un objeto</translation>
    </message>
    <message>
        <source>is not an object: each tool is {&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {...}}</source>
        <translation>no es un objeto: cada herramienta es {&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {...}}</translation>
    </message>
    <message>
        <source>needs &quot;type&quot;: &quot;function&quot; (the only tool type chat servers take)</source>
        <translation>necesita &quot;type&quot;: &quot;function&quot; (el único tipo de herramienta que aceptan los servidores de chat)</translation>
    </message>
    <message>
        <source>needs a &quot;function&quot; object with its name and parameters</source>
        <translation>necesita un objeto &quot;function&quot; con su nombre y sus parámetros</translation>
    </message>
    <message>
        <source>needs a function name of 1 to 64 letters, digits, _ or -</source>
        <translation>necesita un nombre de función de 1 a 64 letras, cifras, _ o -</translation>
    </message>
    <message>
        <source>has parameters that are not a JSON Schema object</source>
        <translation>tiene parámetros que no son un objeto JSON Schema</translation>
    </message>
    <message>
        <source>the tools are a JSON array, [ ... ], of function tools</source>
        <translation>las herramientas son un array JSON, [ ... ], de herramientas de función</translation>
    </message>
    <message>
        <source>tool %1 %2</source>
        <translation>herramienta %1 %2</translation>
    </message>
    <message>
        <source>tool %1 repeats the name %2</source>
        <translation>la herramienta %1 repite el nombre %2</translation>
    </message>
    <message>
        <source>✔ ready</source>
        <translation>✔ lista</translation>
    </message>
    <message>
        <source>⚠ asks first</source>
        <translation>⚠ pregunta antes</translation>
    </message>
    <message>
        <source>✖ blocked</source>
        <translation>✖ bloqueada</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation>detenida · se conserva la respuesta parcial</translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation>incompleta · el flujo se cortó antes del final</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::AgreementModel</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation>Coincidencia top-k</translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation>Correlación de rangos</translation>
    </message>
</context>
<context>
    <name>ik::AppSettings</name>
    <message>
        <source>%1; type the proxy as http://host:port, or choose the system&apos;s proxy or none</source>
        <translation>%1; escriba el proxy como http://host:puerto, o elija el proxy del sistema o ninguno</translation>
    </message>
    <message>
        <source>the connect timeout of %1 s is out of range; use 0 (no timeout) to %2 s</source>
        <translation>el tiempo de espera de conexión de %1 s está fuera de rango; use de 0 (sin límite) a %2 s</translation>
    </message>
    <message>
        <source>the idle timeout of %1 s is out of range; use 0 (no timeout) to %2 s</source>
        <translation>el tiempo de inactividad de %1 s está fuera de rango; use de 0 (sin límite) a %2 s</translation>
    </message>
    <message>
        <source>the palette &quot;%1&quot; is not one of system, light or dark</source>
        <translation>la paleta &quot;%1&quot; no es system, light ni dark</translation>
    </message>
</context>
<context>
    <name>ik::ArenaPane</name>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Respuesta %1</translation>
    </message>
    <message>
        <source>Side %1</source>
        <translation>Lado %1</translation>
    </message>
    <message>
        <source>waiting for the answer…</source>
        <translation>esperando la respuesta…</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>waiting for your answer…</source>
        <translation>esperando su respuesta…</translation>
    </message>
</context>
<context>
    <name>ik::ArenaRatingsModel</name>
    <message>
        <source>95% interval of the rating: wide while few votes are behind it.</source>
        <translation>Intervalo del 95% de la puntuación: amplio mientras la respalden pocos votos.</translation>
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
        <translation>Participante</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95%</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votos</translation>
    </message>
</context>
<context>
    <name>ik::ArenaRound</name>
    <message>
        <source>A round is still running: stop it or wait for both answers.</source>
        <translation>Todavía hay una ronda en curso: deténgala o espere a las dos respuestas.</translation>
    </message>
    <message>
        <source>The prompt is empty: type one, or draw one from a set of prompts.</source>
        <translation>El prompt está vacío: escriba uno o saque uno de un conjunto de prompts.</translation>
    </message>
    <message>
        <source>Pick a chat workload for both contestants.</source>
        <translation>Elija una carga de trabajo de chat para los dos participantes.</translation>
    </message>
    <message>
        <source>Both contestants are the same: pick another workload, or the same one with another preset.</source>
        <translation>Los dos participantes son iguales: elija otra carga de trabajo, o la misma con otro preajuste.</translation>
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
        <translation>Escriba un prompt al que respondan los dos participantes, o saque uno de un conjunto (Ctrl+Intro envía)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Envia&amp;r</translation>
    </message>
    <message>
        <source>Send the prompt to both contestants at once (Ctrl+Enter)</source>
        <translation>Enviar el prompt a los dos participantes a la vez (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>Stop both answers (Esc); you can still vote on what came</source>
        <translation>Detener las dos respuestas (Esc); aún puede votar sobre lo que haya llegado</translation>
    </message>
    <message>
        <source>Draw from s&amp;et…</source>
        <translation>Sacar de un con&amp;junto…</translation>
    </message>
    <message>
        <source>A text file with one prompt per line: each round draws one</source>
        <translation>Un archivo de texto con un prompt por línea: cada ronda saca uno</translation>
    </message>
    <message>
        <source>&amp;Draw another</source>
        <translation>Sacar &amp;otro</translation>
    </message>
    <message>
        <source>Contestant &amp;%1</source>
        <translation>Participante &amp;%1</translation>
    </message>
    <message>
        <source>Workload of contestant %1</source>
        <translation>Carga de trabajo del participante %1</translation>
    </message>
    <message>
        <source>Parameter preset of contestant %1</source>
        <translation>Preajuste de parámetros del participante %1</translation>
    </message>
    <message>
        <source>1 · A is better</source>
        <translation>1 · A es mejor</translation>
    </message>
    <message>
        <source>2 · B is better</source>
        <translation>2 · B es mejor</translation>
    </message>
    <message>
        <source>3 · Tie</source>
        <translation>3 · Empate</translation>
    </message>
    <message>
        <source>4 · Both bad</source>
        <translation>4 · Ambas malas</translation>
    </message>
    <message>
        <source>Vote with key %1 once both answers ended</source>
        <translation>Vote con la tecla %1 cuando hayan terminado las dos respuestas</translation>
    </message>
    <message>
        <source>Export &amp;votes…</source>
        <translation>E&amp;xportar votos…</translation>
    </message>
    <message>
        <source>Every vote as CSV or JSON (by the file&apos;s suffix)</source>
        <translation>Todos los votos en CSV o JSON (según la extensión del archivo)</translation>
    </message>
    <message>
        <source>Export &amp;ratings…</source>
        <translation>Exportar c&amp;lasificación…</translation>
    </message>
    <message>
        <source>The ratings table as CSV or JSON (by the file&apos;s suffix)</source>
        <translation>La tabla de clasificación en CSV o JSON (según la extensión del archivo)</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>A is better</source>
        <translation>A es mejor</translation>
    </message>
    <message>
        <source>B is better</source>
        <translation>B es mejor</translation>
    </message>
    <message>
        <source>a tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>both bad</source>
        <translation>ambas malas</translation>
    </message>
    <message>
        <source>&amp;Arena</source>
        <translation>Are&amp;na</translation>
    </message>
    <message>
        <source>Both answers are in: vote with 1–4.</source>
        <translation>Ya están las dos respuestas: vote con 1–4.</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Predeterminados</translation>
    </message>
    <message>
        <source>The workload&apos;s own parameters, no preset</source>
        <translation>Los parámetros propios de la carga de trabajo, sin preajuste</translation>
    </message>
    <message>
        <source>You voted %1. A was %2; B was %3.</source>
        <translation>Ha votado: %1. A era %2; B era %3.</translation>
    </message>
    <message>
        <source>Ratings · 1 vote</source>
        <translation>Clasificación · 1 voto</translation>
    </message>
    <message>
        <source>Ratings · %1 votes</source>
        <translation>Clasificación · %1 votos</translation>
    </message>
    <message>
        <source>%1: 1 prompt</source>
        <translation>%1: 1 prompt</translation>
    </message>
    <message>
        <source>%1: %2 prompts</source>
        <translation>%1: %2 prompts</translation>
    </message>
    <message>
        <source>Draw prompts from a set</source>
        <translation>Sacar prompts de un conjunto</translation>
    </message>
    <message>
        <source>Text files, one prompt per line (*.txt);;All files (*)</source>
        <translation>Archivos de texto, un prompt por línea (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Export votes</source>
        <translation>Exportar votos</translation>
    </message>
    <message>
        <source>Export ratings</source>
        <translation>Exportar clasificación</translation>
    </message>
</context>
<context>
    <name>ik::AttachmentBar</name>
    <message>
        <source>Attach image…</source>
        <translation>Adjuntar imagen…</translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation>Adjuntar imagen</translation>
    </message>
    <message>
        <source>Attach PNG, JPEG, GIF or WebP images (at most 20 MB each) to the next user turn. Paste or drop them on the prompt too.</source>
        <translation>Adjunte imágenes PNG, JPEG, GIF o WebP (20 MB como máximo cada una) al siguiente turno del usuario. También puede pegarlas o soltarlas en el prompt.</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Adjuntar imágenes</translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation>imagen pegada</translation>
    </message>
</context>
<context>
    <name>ik::Attachments</name>
    <message>
        <source>%1 was not attached: a turn holds at most %2 images. Remove one first.</source>
        <translation>No se adjuntó %1: un turno admite como máximo %2 imágenes. Quite una antes.</translation>
    </message>
</context>
<context>
    <name>ik::BatchEmbedder</name>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation>el servidor devolvió %1 vectores para %2 entradas</translation>
    </message>
    <message>
        <source>the server returned vectors of different dimensions (%1 and %2)</source>
        <translation>el servidor devolvió vectores de dimensiones distintas (%1 y %2)</translation>
    </message>
    <message>
        <source>the next batch could not be sent with the judged key</source>
        <translation>el siguiente lote no pudo enviarse con la clave evaluada</translation>
    </message>
    <message>
        <source>the batch could not be sent again with the judged key</source>
        <translation>el lote no se pudo enviar de nuevo con la clave evaluada</translation>
    </message>
</context>
<context>
    <name>ik::CaFiles</name>
    <message>
        <source>no CA file is given; choose the PEM file of the deployment&apos;s CA</source>
        <translation>no se indica ningún archivo de CA; elija el archivo PEM de la CA del despliegue</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist; choose the PEM file of the deployment&apos;s CA</source>
        <translation>el archivo de CA %1 no existe; elija el archivo PEM de la CA del despliegue</translation>
    </message>
    <message>
        <source>the CA file %1 cannot be read; check that it is a file you may read</source>
        <translation>el archivo de CA %1 no se puede leer; compruebe que es un archivo que usted puede leer</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----); choose the CA&apos;s certificate, not its key or a DER file</source>
        <translation>el archivo de CA %1 no contiene ningún certificado PEM (-----BEGIN CERTIFICATE-----); elija el certificado de la CA, no su clave ni un archivo DER</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; for a CA file is not an https:// URL with a host; use the workload&apos;s base URL, like https://staging.example.com</source>
        <translation>la URL base &quot;%1&quot; de un archivo de CA no es una URL https:// con un host; use la URL base de la carga de trabajo, como https://staging.example.com</translation>
    </message>
</context>
<context>
    <name>ik::ClusterModel</name>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Main label</source>
        <translation>Etiqueta principal</translation>
    </message>
    <message>
        <source>Most central texts</source>
        <translation>Textos más centrales</translation>
    </message>
    <message>
        <source>Against the labels: purity %1, adjusted Rand index %2.</source>
        <translation>Frente a las etiquetas: pureza %1, índice de Rand ajustado %2.</translation>
    </message>
</context>
<context>
    <name>ik::ComparePane</name>
    <message>
        <source>temperature %1</source>
        <translation>temperatura %1</translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation>máx. %1 tokens</translation>
    </message>
    <message>
        <source>top_p %1</source>
        <translation>top_p %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message numerus="yes">
        <source>%n stop sequence(s)</source>
        <translation>
            <numerusform>%n secuencia de parada</numerusform>
            <numerusform>%n secuencias de parada</numerusform>
        </translation>
    </message>
    <message>
        <source>presence %1</source>
        <translation>presencia %1</translation>
    </message>
    <message>
        <source>frequency %1</source>
        <translation>frecuencia %1</translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation>valores del servidor</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Workload of this pane</source>
        <translation>Carga de trabajo de este panel</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop this pane only; the partial answer is kept</source>
        <translation>Detener solo este panel; se conserva la respuesta parcial</translation>
    </message>
    <message>
        <source>Stop this pane</source>
        <translation>Detener este panel</translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation>Quitar este panel</translation>
    </message>
    <message>
        <source>Credential guard verdict</source>
        <translation>Veredicto del control de credenciales</translation>
    </message>
    <message>
        <source>Model that served</source>
        <translation>Modelo que respondió</translation>
    </message>
    <message>
        <source>model: —</source>
        <translation>modelo: —</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>Show this pane&apos;s parameters</source>
        <translation>Mostrar los parámetros de este panel</translation>
    </message>
    <message>
        <source>Parameters of this pane</source>
        <translation>Parámetros de este panel</translation>
    </message>
    <message>
        <source>Metrics of this pane</source>
        <translation>Métricas de este panel</translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation>Panel %1</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation>%1 (no listada)</translation>
    </message>
    <message>
        <source>no workload</source>
        <translation>sin carga de trabajo</translation>
    </message>
    <message>
        <source>Pick a chat workload for this pane.</source>
        <translation>Elija una carga de trabajo de chat para este panel.</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>leyendo la clave…</translation>
    </message>
    <message>
        <source>This pane has no chat workload</source>
        <translation>Este panel no tiene carga de trabajo de chat</translation>
    </message>
    <message>
        <source>Pick a chat workload in the pane&apos;s header.</source>
        <translation>Elija una carga de trabajo de chat en la cabecera del panel.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>waiting for your answer…</source>
        <translation>esperando su respuesta…</translation>
    </message>
    <message>
        <source>streaming… run %1 of %2</source>
        <translation>recibiendo… ejecución %1 de %2</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message>
        <source>not sent · blocked by the credential guard</source>
        <translation>no enviada · bloqueada por el control de credenciales</translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation>detenida antes de enviar</translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation>fallida · se conserva la respuesta parcial</translation>
    </message>
    <message>
        <source> · run %1 of %2</source>
        <translation> · ejecución %1 de %2</translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation>modelo: %1</translation>
    </message>
    <message>
        <source>The model that served this pane&apos;s last answer</source>
        <translation>El modelo que sirvió la última respuesta de este panel</translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La petición falló</translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation>Respuesta incompleta</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>primer token %1</translation>
    </message>
    <message>
        <source>%1 tok/s (%2)</source>
        <translation>%1 tok/s (%2)</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>uso</translation>
    </message>
    <message>
        <source>chunks</source>
        <translation>fragmentos</translation>
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
        <translation>ejecución %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct answer(s)</source>
        <translation>
            <numerusform>%n respuesta distinta</numerusform>
            <numerusform>%n respuestas distintas</numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>Tool calls of this pane&apos;s answer</source>
        <translation>Llamadas a herramientas de la respuesta de este panel</translation>
    </message>
    <message>
        <source>Tool call: %1</source>
        <translation>Llamada a herramienta: %1</translation>
    </message>
</context>
<context>
    <name>ik::CompareSpreadModel</name>
    <message>
        <source>Pane</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Done / runs</source>
        <translation>Terminadas / ejecuciones</translation>
    </message>
    <message>
        <source>First token median</source>
        <translation>Mediana del primer token</translation>
    </message>
    <message>
        <source>min</source>
        <translation>mín.</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx.</translation>
    </message>
    <message>
        <source>Tokens/s median</source>
        <translation>Mediana de tokens/s</translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation>Respuestas distintas</translation>
    </message>
</context>
<context>
    <name>ik::CompareSummaryModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>no (%1 of %2 valid)</source>
        <translation>no (%1 de %2 válidas)</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens desconocidos</translation>
    </message>
    <message>
        <source>%1 + %2 unknown</source>
        <translation>%1 + %2 desconocido</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 ejecución</translation>
    </message>
    <message>
        <source>best %1 across the panes</source>
        <translation>el mejor %1 entre los paneles</translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation>tiempo hasta el primer token</translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation>tokens por segundo</translation>
    </message>
    <message>
        <source>total time</source>
        <translation>tiempo total</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source> (usage)</source>
        <translation> (uso)</translation>
    </message>
    <message>
        <source> (chunks)</source>
        <translation> (fragmentos)</translation>
    </message>
    <message>
        <source>Pane</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>First token</source>
        <translation>Primer token</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
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
        <translation>Coste</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation>Respuestas distintas</translation>
    </message>
    <message>
        <source>Cost (round %1)</source>
        <translation>Coste (ronda %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n ejecución</numerusform>
            <numerusform>%n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>truncada</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
</context>
<context>
    <name>ik::CompareTableModel</name>
    <message>
        <source>best</source>
        <translation>mejor</translation>
    </message>
</context>
<context>
    <name>ik::CompareView</name>
    <message>
        <source>Pane %1 · %2</source>
        <translation>Panel %1 · %2</translation>
    </message>
    <message>
        <source>The diff is off: tick “Show diff” to compare two answers word by word.</source>
        <translation>La comparación está desactivada: marque “Mostrar diferencias” para comparar dos respuestas palabra por palabra.</translation>
    </message>
    <message>
        <source>Pick two different panes as A and B.</source>
        <translation>Elija dos paneles distintos como A y B.</translation>
    </message>
    <message>
        <source>pane %1 → pane %2: %3 words removed, %4 added, %5 kept</source>
        <translation>panel %1 → panel %2: %3 palabras quitadas, %4 añadidas, %5 conservadas</translation>
    </message>
    <message>
        <source>pane %1 and pane %2 gave the same answer</source>
        <translation>el panel %1 y el panel %2 dieron la misma respuesta</translation>
    </message>
    <message>
        <source> (coarse: the answers are long, the search was cut short)</source>
        <translation> (aproximada: las respuestas son largas y la búsqueda se acortó)</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 panes · %4</source>
        <translation>#%1 · %2 · %3 paneles · %4</translation>
    </message>
    <message>
        <source>Reopened comparison #%1</source>
        <translation>Comparación n.º %1 reabierta</translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation>Eliminar comparación</translation>
    </message>
    <message>
        <source>Delete the saved comparison “%1”? Its runs stay in history.</source>
        <translation>¿Eliminar la comparación guardada “%1”? Sus ejecuciones se quedan en el historial.</translation>
    </message>
    <message>
        <source>The comparison could not be deleted: %1</source>
        <translation>No se pudo eliminar la comparación: %1</translation>
    </message>
    <message>
        <source>Deleted comparison #%1</source>
        <translation>Comparación n.º %1 eliminada</translation>
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
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Exportar comparación</translation>
    </message>
    <message>
        <source>System prompt sent to every pane</source>
        <translation>Prompt de sistema enviado a todos los paneles</translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation>Prompt de sistema opcional</translation>
    </message>
    <message>
        <source>Prompt sent to every pane</source>
        <translation>Prompt enviado a todos los paneles</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends to every pane, Esc stops them all)</source>
        <translation>&amp;Prompt (Ctrl+Intro envía a todos los paneles, Esc los detiene todos)</translation>
    </message>
    <message>
        <source>Earlier turns of the conversation sent to every pane</source>
        <translation>Turnos anteriores de la conversación enviados a todos los paneles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>+ user</source>
        <translation>+ usuario</translation>
    </message>
    <message>
        <source>Move the prompt into the conversation as a user turn</source>
        <translation>Pasar el prompt a la conversación como turno del usuario</translation>
    </message>
    <message>
        <source>+ answer of diff A</source>
        <translation>+ respuesta de la diferencia A</translation>
    </message>
    <message>
        <source>Add the answer of the pane chosen as A in the diff tab as an assistant turn</source>
        <translation>Añadir como turno del asistente la respuesta del panel elegido como A en la pestaña de diferencias</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Earlier &amp;turns (optional conversation)</source>
        <translation>&amp;Turnos anteriores (conversación opcional)</translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation>Enviar a todos</translation>
    </message>
    <message>
        <source>Send the prompt to every pane at once (Ctrl+Enter)</source>
        <translation>Enviar el prompt a todos los paneles a la vez (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todos</translation>
    </message>
    <message>
        <source>Stop every pane (Esc); partial answers are kept</source>
        <translation>Detener todos los paneles (Esc); se conservan las respuestas parciales</translation>
    </message>
    <message>
        <source>Add pane</source>
        <translation>Añadir panel</translation>
    </message>
    <message>
        <source>&amp;Runs per pane</source>
        <translation>&amp;Ejecuciones por panel</translation>
    </message>
    <message>
        <source>Runs per pane</source>
        <translation>Ejecuciones por panel</translation>
    </message>
    <message>
        <source>seed + 1 per run</source>
        <translation>semilla + 1 por ejecución</translation>
    </message>
    <message>
        <source>Run i uses the pane&apos;s seed + i (0 + i when unset), to see how much the answer depends on sampling</source>
        <translation>La ejecución i usa la semilla del panel + i (0 + i si no tiene), para ver cuánto depende la respuesta del muestreo</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Run every pane N times and show the spread</source>
        <translation>Ejecutar cada panel N veces y mostrar la dispersión</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>Saved comparisons: pick one to reopen or delete</source>
        <translation>Comparaciones guardadas: elija una para reabrirla o eliminarla</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation>Eliminar la comparación guardada seleccionada</translation>
    </message>
    <message>
        <source>Delete the selected saved comparison (its runs stay in history)</source>
        <translation>Eliminar la comparación guardada seleccionada (sus ejecuciones se quedan en el historial)</translation>
    </message>
    <message>
        <source>Export comparison as &amp;Markdown…</source>
        <translation>Exportar comparación como &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export comparison as &amp;JSON…</source>
        <translation>Exportar comparación como &amp;JSON…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the comparison as Markdown or JSON</source>
        <translation>Exportar la comparación como Markdown o JSON</translation>
    </message>
    <message>
        <source>Summary across panes; ★ marks the best value</source>
        <translation>Resumen de los paneles; ★ marca el mejor valor</translation>
    </message>
    <message>
        <source>Summary (★ best)</source>
        <translation>Resumen (★ mejor)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <source>Spread of repeated runs</source>
        <translation>Dispersión de las ejecuciones repetidas</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Show &amp;diff</source>
        <translation>Mostrar &amp;diferencias</translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation>Respuesta A</translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation>Respuesta B</translation>
    </message>
    <message>
        <source>A:</source>
        <translation>A:</translation>
    </message>
    <message>
        <source>B:</source>
        <translation>B:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>asistente</translation>
    </message>
    <message>
        <source>user</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Write a prompt first: it goes to every pane.</source>
        <translation>Escriba primero un prompt: se envía a todos los paneles.</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>No se pudo guardar la comparación: %1</translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation>Comparación terminada</translation>
    </message>
    <message>
        <source>Too&amp;ls &amp;&amp; format</source>
        <translation>&amp;Herramientas y formato</translation>
    </message>
    <message>
        <source>The tools and the response format sent to every pane</source>
        <translation>Las herramientas y el formato de respuesta enviados a todos los paneles</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
</context>
<context>
    <name>ik::ConfirmBar</name>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Send anyway?
%1</source>
        <translation>¿Enviar de todos modos?
%1</translation>
    </message>
</context>
<context>
    <name>ik::ConfusionModel</name>
    <message>
        <source>Cluster %1</source>
        <translation>Clúster %1</translation>
    </message>
</context>
<context>
    <name>ik::ControlPlane</name>
    <message>
        <source>This is an ik_live_ data-plane key (%1); listing workloads needs an ik_sdk_ control token.</source>
        <translation>Esta es una clave ik_live_ del plano de datos (%1); para listar cargas de trabajo hace falta un token de control ik_sdk_.</translation>
    </message>
    <message>
        <source>Create or copy a control token (ik_sdk_...) in the project&apos;s settings; keys only call workloads.</source>
        <translation>Cree o copie un token de control (ik_sdk_...) en la configuración del proyecto; las claves solo llaman a cargas de trabajo.</translation>
    </message>
    <message>
        <source>No control token given.</source>
        <translation>No se ha indicado ningún token de control.</translation>
    </message>
    <message>
        <source>Paste the project&apos;s ik_sdk_ control token.</source>
        <translation>Pegue el token de control ik_sdk_ del proyecto.</translation>
    </message>
    <message>
        <source>The control token has extra characters around it (spaces, quotes, a newline or &quot;Bearer &quot;).</source>
        <translation>El token de control tiene caracteres de más a su alrededor (espacios, comillas, un salto de línea o &quot;Bearer &quot;).</translation>
    </message>
    <message>
        <source>This is not a well-formed ik_sdk_ control token.</source>
        <translation>Este no es un token de control ik_sdk_ bien formado.</translation>
    </message>
    <message>
        <source>Paste it again; the field cleans it up.</source>
        <translation>Péguelo de nuevo; el campo lo limpia.</translation>
    </message>
    <message>
        <source>Copy the whole control token again.</source>
        <translation>Copie de nuevo el token de control completo.</translation>
    </message>
    <message>
        <source>Fix the base URL.</source>
        <translation>Corrija la URL base.</translation>
    </message>
    <message>
        <source>Refusing to send a control token over plain http:// to a host that is not this computer.</source>
        <translation>Se niega a enviar un token de control por http:// sin cifrar a un host que no es este equipo.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the server.</source>
        <translation>Use la URL https:// del servidor.</translation>
    </message>
    <message>
        <source>project slug</source>
        <translation>slug del proyecto</translation>
    </message>
    <message>
        <source>Fix the project slug.</source>
        <translation>Corrija el slug del proyecto.</translation>
    </message>
    <message>
        <source>The workload list is not JSON: %1.</source>
        <translation>La lista de cargas de trabajo no es JSON: %1.</translation>
    </message>
    <message>
        <source>Check that the base URL points at the InferenceKey API.</source>
        <translation>Compruebe que la URL base apunta a la API de InferenceKey.</translation>
    </message>
    <message>
        <source>The answer holds no list of workloads.</source>
        <translation>La respuesta no contiene ninguna lista de cargas de trabajo.</translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation>Sin acceso a la red.</translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation>Reinicie la aplicación.</translation>
    </message>
    <message>
        <source>Refused a redirect to %1: the control token is never sent to another host or over plain http.</source>
        <translation>Se rechazó una redirección a %1: el token de control nunca se envía a otro host ni por http sin cifrar.</translation>
    </message>
    <message>
        <source>Use the server&apos;s final URL as the base URL.</source>
        <translation>Use la URL final del servidor como URL base.</translation>
    </message>
    <message>
        <source>The server did not answer in time; try again.</source>
        <translation>El servidor no respondió a tiempo; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is reachable.</source>
        <translation>Compruebe la URL base y que el servidor es accesible.</translation>
    </message>
</context>
<context>
    <name>ik::ConversationModel</name>
    <message>
        <source>called %1</source>
        <translation>llamó a %1</translation>
    </message>
    <message>
        <source>[1 image]</source>
        <translation>[1 imagen]</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n imagen]</numerusform>
            <numerusform>[%n imágenes]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Cost</name>
    <message>
        <source>cost: tokens unknown</source>
        <translation>coste: tokens desconocidos</translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation>coste %1</translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation>tokens desconocidos</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion</source>
        <translation>%1 de prompt + %2 de respuesta</translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation> (%1 de razonamiento)</translation>
    </message>
</context>
<context>
    <name>ik::Credential</name>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
    <message>
        <source>a tab</source>
        <translation>una tabulación</translation>
    </message>
    <message>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation>un espacio de no separación</translation>
    </message>
    <message>
        <source>an ellipsis &apos;…&apos;</source>
        <translation>unos puntos suspensivos &apos;…&apos;</translation>
    </message>
    <message>
        <source>character &apos;%1&apos;</source>
        <translation>el carácter &apos;%1&apos;</translation>
    </message>
    <message>
        <source>character U+%1</source>
        <translation>el carácter U+%1</translation>
    </message>
    <message>
        <source>leading</source>
        <translation>al principio</translation>
    </message>
    <message>
        <source>trailing</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>a %1 CRLF line break</source>
        <translation>un salto de línea CRLF %1</translation>
    </message>
    <message>
        <source>a %1 newline</source>
        <translation>un salto de línea %1</translation>
    </message>
    <message>
        <source>%1 %2 line breaks</source>
        <translation>%1 saltos de línea %2</translation>
    </message>
    <message>
        <source>a %1 space</source>
        <translation>un espacio %1</translation>
    </message>
    <message>
        <source>%1 %2 spaces</source>
        <translation>%1 espacios %2</translation>
    </message>
    <message>
        <source>a %1 tab</source>
        <translation>una tabulación %1</translation>
    </message>
    <message>
        <source>%1 %2 tabs</source>
        <translation>%1 tabulaciones %2</translation>
    </message>
    <message>
        <source>a %1 invisible character (zero-width space or BOM)</source>
        <translation>un carácter invisible %1 (espacio de ancho cero o BOM)</translation>
    </message>
    <message>
        <source>%1 %2 invisible characters (zero-width space or BOM)</source>
        <translation>%1 caracteres invisibles %2 (espacio de ancho cero o BOM)</translation>
    </message>
    <message>
        <source>a %1 whitespace character</source>
        <translation>un carácter de espacio en blanco %1</translation>
    </message>
    <message>
        <source>%1 %2 whitespace characters</source>
        <translation>%1 caracteres de espacio en blanco %2</translation>
    </message>
    <message>
        <source>removed </source>
        <translation>se quitó </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>An InferenceKey workload key is ik_live_, an 8-character hex id, &apos;_&apos;, then a 64-character hex secret.</source>
        <translation>Una clave de carga de trabajo de InferenceKey es ik_live_, un id hexadecimal de 8 caracteres, &apos;_&apos; y un secreto hexadecimal de 64 caracteres.</translation>
    </message>
    <message>
        <source>%1 at position %2 %3</source>
        <translation>%1 en la posición %2 %3</translation>
    </message>
    <message>
        <source>the key stops after &apos;ik_&apos;: the kind, the id and the secret are missing</source>
        <translation>la clave termina tras &apos;ik_&apos;: faltan el tipo, el id y el secreto</translation>
    </message>
    <message>
        <source>the kind is missing after &apos;ik_&apos;</source>
        <translation>falta el tipo tras &apos;ik_&apos;</translation>
    </message>
    <message>
        <source>only &apos;ik_&apos; and a kind were given: the id and the secret are missing</source>
        <translation>solo se dieron &apos;ik_&apos; y un tipo: faltan el id y el secreto</translation>
    </message>
    <message>
        <source>does not belong in a key</source>
        <translation>no debe estar en una clave</translation>
    </message>
    <message>
        <source>unknown credential kind &apos;ik_%1_&apos;: inference needs an ik_live_ key</source>
        <translation>tipo de credencial desconocido &apos;ik_%1_&apos;: la inferencia necesita una clave ik_live_</translation>
    </message>
    <message>
        <source>the key stops after &apos;%1&apos;: the id and the secret are missing</source>
        <translation>la clave termina tras &apos;%1&apos;: faltan el id y el secreto</translation>
    </message>
    <message>
        <source>is not hex (in the id)</source>
        <translation>no es hexadecimal (en el id)</translation>
    </message>
    <message>
        <source>the &apos;_&apos; between the %1-character id and the secret is missing (%2 characters follow &apos;%3&apos;)</source>
        <translation>falta el &apos;_&apos; entre el id de %1 caracteres y el secreto (siguen %2 caracteres a &apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id</source>
        <translation>falta el secreto: la clave termina tras el id</translation>
    </message>
    <message>
        <source>the id is missing between &apos;%1&apos; and &apos;_&apos;</source>
        <translation>falta el id entre &apos;%1&apos; y &apos;_&apos;</translation>
    </message>
    <message>
        <source>the id has %1 of %2 hex characters</source>
        <translation>el id tiene %1 de %2 caracteres hexadecimales</translation>
    </message>
    <message>
        <source>the id has %1 hex characters, expected %2</source>
        <translation>el id tiene %1 caracteres hexadecimales; se esperaban %2</translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id and &apos;_&apos;</source>
        <translation>falta el secreto: la clave termina tras el id y &apos;_&apos;</translation>
    </message>
    <message>
        <source>is not hex (in the secret)</source>
        <translation>no es hexadecimal (en el secreto)</translation>
    </message>
    <message>
        <source>the secret has %1 of %2 hex characters: truncated paste?</source>
        <translation>el secreto tiene %1 de %2 caracteres hexadecimales: ¿se pegó incompleta?</translation>
    </message>
    <message>
        <source>the secret has %1 hex characters, expected %2: extra characters pasted?</source>
        <translation>el secreto tiene %1 caracteres hexadecimales; se esperaban %2: ¿se pegaron caracteres de más?</translation>
    </message>
    <message>
        <source>this is the redacted form of a key (it contains &apos;…&apos;), not the key itself: truncated paste?</source>
        <translation>esta es la forma censurada de una clave (contiene &apos;…&apos;), no la clave en sí: ¿se pegó incompleta?</translation>
    </message>
    <message>
        <source> (it looks like an Anthropic key)</source>
        <translation> (parece una clave de Anthropic)</translation>
    </message>
    <message>
        <source> (it looks like an OpenAI-style sk- key)</source>
        <translation> (parece una clave sk- al estilo de OpenAI)</translation>
    </message>
    <message>
        <source> (it looks like a Hugging Face token)</source>
        <translation> (parece un token de Hugging Face)</translation>
    </message>
    <message>
        <source> (it looks like a JWT)</source>
        <translation> (parece un JWT)</translation>
    </message>
    <message>
        <source>wrong credential type: this is the project&apos;s control-plane token; inference needs the workload&apos;s ik_live_ key</source>
        <translation>tipo de credencial incorrecto: este es el token del plano de control del proyecto; la inferencia necesita la clave ik_live_ de la carga de trabajo</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key here; keep the ik_sdk_ token for the control plane (importing workloads).</source>
        <translation>Use aquí la clave ik_live_ de la carga de trabajo; guarde el token ik_sdk_ para el plano de control (importar cargas de trabajo).</translation>
    </message>
    <message>
        <source>no key given</source>
        <translation>no se ha indicado ninguna clave</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key, or set INFERENCEKEY_API_KEY.</source>
        <translation>Pegue la clave ik_live_ de la carga de trabajo o defina INFERENCEKEY_API_KEY.</translation>
    </message>
    <message>
        <source>a well-formed ik_live_ workload key (%1)</source>
        <translation>una clave de carga de trabajo ik_live_ bien formada (%1)</translation>
    </message>
    <message>
        <source>not an InferenceKey key, which is fine for an endpoint that is not InferenceKey</source>
        <translation>no es una clave de InferenceKey, lo cual está bien para un endpoint que no es de InferenceKey</translation>
    </message>
    <message>
        <source>this is not an InferenceKey key%1</source>
        <translation>esta no es una clave de InferenceKey%1</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key. A key from another provider only works with an endpoint marked as not InferenceKey.</source>
        <translation>Use la clave ik_live_ de la carga de trabajo. Una clave de otro proveedor solo funciona con un endpoint marcado como ajeno a InferenceKey.</translation>
    </message>
    <message>
        <source>the parts are separated by &apos;-&apos;: an InferenceKey key uses &apos;_&apos;</source>
        <translation>las partes están separadas por &apos;-&apos;: una clave de InferenceKey usa &apos;_&apos;</translation>
    </message>
    <message>
        <source>the prefix must be lowercase &apos;ik_live_&apos;</source>
        <translation>el prefijo debe ser &apos;ik_live_&apos; en minúsculas</translation>
    </message>
    <message>
        <source>the key does not have the shape ik_live_&lt;id&gt;_&lt;secret&gt;</source>
        <translation>la clave no tiene la forma ik_live_&lt;id&gt;_&lt;secreto&gt;</translation>
    </message>
    <message>
        <source>Copy the key again, in full, from where it was issued. </source>
        <translation>Copie de nuevo la clave completa desde donde se emitió. </translation>
    </message>
    <message>
        <source>removed surrounding %1</source>
        <translation>se quitó %1 alrededor</translation>
    </message>
    <message>
        <source>removed a leading &quot;Authorization:&quot; header name</source>
        <translation>se quitó un nombre de cabecera &quot;Authorization:&quot; al principio</translation>
    </message>
    <message>
        <source>removed a leading &quot;Bearer &quot;</source>
        <translation>se quitó un &quot;Bearer &quot; al principio</translation>
    </message>
    <message>
        <source>the key has extra characters around it (%1)</source>
        <translation>la clave tiene caracteres de más a su alrededor (%1)</translation>
    </message>
    <message>
        <source>Use the cleaned-up key%1.</source>
        <translation>Use la clave limpia%1.</translation>
    </message>
    <message>
        <source>no key given: only whitespace or quotes (%1)</source>
        <translation>no se ha indicado ninguna clave: solo espacios en blanco o comillas (%1)</translation>
    </message>
    <message>
        <source> (after cleaning up: %1)</source>
        <translation> (tras la limpieza: %1)</translation>
    </message>
</context>
<context>
    <name>ik::DataFolder</name>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message numerus="yes">
        <source>the copy holds %1 of the %n runs</source>
        <translation>
            <numerusform>la copia contiene %1 de la %n ejecución</numerusform>
            <numerusform>la copia contiene %1 de las %n ejecuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>no folder was chosen</source>
        <translation>no se eligió ninguna carpeta</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder</source>
        <translation>%1 es un archivo, no una carpeta; elija una carpeta</translation>
    </message>
    <message>
        <source>%1 cannot be created; choose a folder you can write to</source>
        <translation>no se puede crear %1; elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>%1 is not writable (%2); choose a folder you can write to</source>
        <translation>no se puede escribir en %1 (%2); elija una carpeta en la que pueda escribir</translation>
    </message>
    <message>
        <source>%1 already holds a history database; choose another folder, or move that file away first</source>
        <translation>%1 ya contiene una base de datos de historial; elija otra carpeta o mueva antes ese archivo a otro sitio</translation>
    </message>
    <message>
        <source>%1 could not be renamed to %2</source>
        <translation>no se pudo renombrar %1 a %2</translation>
    </message>
    <message>
        <source>the history could not be copied to %1 (%2); it stays in %3</source>
        <translation>no se pudo copiar el historial a %1 (%2); sigue en %3</translation>
    </message>
    <message>
        <source>the history was not carried over to %1: %2; this start uses %3 again and tries once more next time</source>
        <translation>el historial no se trasladó a %1: %2; este inicio vuelve a usar %3 y lo intentará de nuevo la próxima vez</translation>
    </message>
</context>
<context>
    <name>ik::DiffView</name>
    <message>
        <source>Differences between the two answers</source>
        <translation>Diferencias entre las dos respuestas</translation>
    </message>
    <message>
        <source>Marks: &lt;span style=&quot;background-color:%1&quot;&gt;&lt;s&gt;struck through on red&lt;/s&gt;&lt;/span&gt; = only in A &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;background-color:%2&quot;&gt;&lt;u&gt;underlined on green&lt;/u&gt;&lt;/span&gt; = only in B &amp;nbsp;·&amp;nbsp; plain = in both</source>
        <translation>Marcas: &lt;span style=&quot;background-color:%1&quot;&gt;&lt;s&gt;tachado sobre rojo&lt;/s&gt;&lt;/span&gt; = solo en A &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;background-color:%2&quot;&gt;&lt;u&gt;subrayado sobre verde&lt;/u&gt;&lt;/span&gt; = solo en B &amp;nbsp;·&amp;nbsp; normal = en ambas</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>solo en A</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>solo en B</translation>
    </message>
</context>
<context>
    <name>ik::DimStatsModel</name>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation>Desv. típica</translation>
    </message>
</context>
<context>
    <name>ik::EmbedCache</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the cached embeddings in %1 cannot be used: %2; embed the set again to replace them</source>
        <translation>los vectores en caché de %1 no se pueden usar: %2; calcule el conjunto de nuevo para reemplazarlos</translation>
    </message>
    <message>
        <source>the file is cut short (%1 bytes, less than its header)</source>
        <translation>el archivo está cortado (%1 bytes, menos que su cabecera)</translation>
    </message>
    <message>
        <source>it is not an embedding cache file</source>
        <translation>no es un archivo de caché de vectores</translation>
    </message>
    <message>
        <source>its header does not match its checksum (the file is damaged)</source>
        <translation>su cabecera no coincide con su suma de control (el archivo está dañado)</translation>
    </message>
    <message>
        <source>it was written in cache format %1, which this version does not read</source>
        <translation>se escribió en el formato de caché %1, que esta versión no lee</translation>
    </message>
    <message>
        <source>its header gives an impossible shape (%1 × %2)</source>
        <translation>su cabecera da una forma imposible (%1 × %2)</translation>
    </message>
    <message>
        <source>it is truncated or padded: it holds %1 bytes where %2 × %3 vectors take %4</source>
        <translation>está truncado o relleno: tiene %1 bytes donde %2 × %3 vectores ocupan %4</translation>
    </message>
    <message>
        <source>its sidecar %1 cannot be read (%2)</source>
        <translation>su archivo adjunto %1 no se puede leer (%2)</translation>
    </message>
    <message>
        <source>its sidecar %1 does not match the checksum the vectors file holds for it</source>
        <translation>su archivo adjunto %1 no coincide con la suma de control que guarda el archivo de vectores</translation>
    </message>
    <message>
        <source>its sidecar %1 is not the one written with it</source>
        <translation>su archivo adjunto %1 no es el que se escribió con él</translation>
    </message>
    <message>
        <source>there are no vectors to cache</source>
        <translation>no hay vectores que guardar en caché</translation>
    </message>
    <message>
        <source>the texts, labels or ids do not match the %1 vectors</source>
        <translation>los textos, etiquetas o ids no corresponden a los %1 vectores</translation>
    </message>
    <message>
        <source>the embedding cache needs a little-endian machine</source>
        <translation>la caché de vectores necesita una máquina little-endian</translation>
    </message>
    <message>
        <source>cannot create the cache folder %1</source>
        <translation>no se puede crear la carpeta de caché %1</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>no se puede abrir (%1)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it cannot be mapped (%1)</source>
        <translation>no se puede proyectar en memoria (%1)</translation>
    </message>
    <message>
        <source>it holds another set (its key differs)</source>
        <translation>contiene otro conjunto (su clave difiere)</translation>
    </message>
    <message>
        <source>its vectors do not match their checksum (the file is damaged)</source>
        <translation>sus vectores no coinciden con su suma de control (el archivo está dañado)</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingInputs</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the file holds no inputs</source>
        <translation>el archivo no contiene entradas</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation>un campo entre comillas abierto aquí nunca se cierra</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; the comma is missing?</source>
        <translation>texto tras la comilla de cierre de un campo; ¿falta la coma?</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation>una comilla dentro de un campo sin comillas; ponga todo el campo entre comillas y duplique la comilla (&quot;&quot;)</translation>
    </message>
    <message>
        <source>no text column %1: the row has %2 field(s)</source>
        <translation>no hay columna de texto %1: la fila tiene %2 campo(s)</translation>
    </message>
    <message>
        <source>the text (column %1) is empty</source>
        <translation>el texto (columna %1) está vacío</translation>
    </message>
    <message>
        <source>the file holds a header and no inputs</source>
        <translation>el archivo contiene una cabecera y ninguna entrada</translation>
    </message>
    <message>
        <source>no &quot;text&quot; field (also looked for %1)</source>
        <translation>no hay campo &quot;text&quot; (también se buscó %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number</source>
        <translation>&quot;%1&quot; debe ser una cadena o un número</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; use .txt (one input per line), .csv or .jsonl</source>
        <translation>%1: tipo de archivo desconocido; use .txt (una entrada por línea), .csv o .jsonl</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; está vacío</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingModel</name>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimensión</translation>
    </message>
    <message>
        <source>L2 norm</source>
        <translation>Norma L2</translation>
    </message>
    <message>
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingsView</name>
    <message>
        <source>No vectors yet.</source>
        <translation>Todavía no hay vectores.</translation>
    </message>
    <message>
        <source>Embedded inputs and their vectors</source>
        <translation>Entradas con embedding y sus vectores</translation>
    </message>
    <message>
        <source>All values of the selected vector</source>
        <translation>Todos los valores del vector seleccionado</translation>
    </message>
    <message>
        <source>Selected vector</source>
        <translation>Vector seleccionado</translation>
    </message>
    <message>
        <source>Mean and spread per dimension</source>
        <translation>Media y dispersión por dimensión</translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation>Por dimensión</translation>
    </message>
    <message>
        <source>Cosine similarity heatmap</source>
        <translation>Mapa de calor de similitud coseno</translation>
    </message>
    <message>
        <source>Hover the heatmap for a pair; click to read both texts.</source>
        <translation>Pase el ratón por el mapa de calor para ver un par; haga clic para leer ambos textos.</translation>
    </message>
    <message>
        <source>The two texts of the chosen pair</source>
        <translation>Los dos textos del par elegido</translation>
    </message>
    <message>
        <source>Nearest neighbours: select an input.</source>
        <translation>Vecinos más cercanos: seleccione una entrada.</translation>
    </message>
    <message>
        <source>Neighbours shown</source>
        <translation>Vecinos mostrados</translation>
    </message>
    <message>
        <source>k:</source>
        <translation>k:</translation>
    </message>
    <message>
        <source>Nearest neighbours of the selected input</source>
        <translation>Vecinos más cercanos de la entrada seleccionada</translation>
    </message>
    <message>
        <source>Inputs nearest to the query</source>
        <translation>Entradas más cercanas a la consulta</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>A query: it is embedded and the set ranked against it</source>
        <translation>Una consulta: se calcula su embedding y se ordena el conjunto respecto a ella</translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation>&amp;Ordenar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) analysed in %1 ms.</source>
        <translation>
            <numerusform>%n vector analizado en %1 ms.</numerusform>
            <numerusform>%n vectores analizados en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>normalised (every norm is 1)</source>
        <translation>normalizados (todas las normas valen 1)</translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation>no normalizados</translation>
    </message>
    <message>
        <source>More than %1 inputs: no heatmap (the matrix would not fit comfortably in memory); neighbours are computed per input.</source>
        <translation>Más de %1 entradas: sin mapa de calor (la matriz no cabría holgadamente en memoria); los vecinos se calculan por entrada.</translation>
    </message>
    <message>
        <source>Nearest neighbours of #%1 “%2”</source>
        <translation>Vecinos más cercanos de n.º %1 “%2”</translation>
    </message>
    <message>
        <source>Cosine %1

#%2: %3

#%4: %5</source>
        <translation>Coseno %1

#%2: %3

#%4: %5</translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation>Escriba primero una consulta.</translation>
    </message>
    <message>
        <source>Embed a set first: the query is ranked against it.</source>
        <translation>Calcule primero los embeddings de un conjunto: la consulta se ordena respecto a él.</translation>
    </message>
    <message>
        <source>Pick the embedding workload the set was embedded with.</source>
        <translation>Elija la carga de trabajo de embedding con la que se calculó el conjunto.</translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation>Calculando el embedding de la consulta…</translation>
    </message>
    <message>
        <source>The query has %1 dimensions, the set %2: embed the set with this workload first.</source>
        <translation>La consulta tiene %1 dimensiones y el conjunto %2: calcule antes el conjunto con esta carga de trabajo.</translation>
    </message>
    <message>
        <source>The set ranked against the query.</source>
        <translation>El conjunto, ordenado respecto a la consulta.</translation>
    </message>
    <message>
        <source>Embed a set first, then pick a second embedding workload.</source>
        <translation>Calcule primero un conjunto y luego elija una segunda carga de trabajo de embedding.</translation>
    </message>
    <message>
        <source>Agreement with the second embedding workload</source>
        <translation>Concordancia con la segunda carga de trabajo de embedding</translation>
    </message>
    <message>
        <source>Second embedding workload</source>
        <translation>Segunda carga de trabajo de embedding</translation>
    </message>
    <message>
        <source>Neighbours compared (k)</source>
        <translation>Vecinos comparados (k)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>Embed the same inputs with:</source>
        <translation>Calcular las mismas entradas con:</translation>
    </message>
    <message>
        <source>top-k:</source>
        <translation>top-k:</translation>
    </message>
    <message>
        <source>Embed a set first, then compare it with a second workload.</source>
        <translation>Calcule primero un conjunto y luego compárelo con una segunda carga de trabajo.</translation>
    </message>
    <message>
        <source>Pick a second embedding workload to compare with.</source>
        <translation>Elija una segunda carga de trabajo de embedding con la que comparar.</translation>
    </message>
    <message numerus="yes">
        <source>Embedding the same %n input(s) with %1…</source>
        <translation>
            <numerusform>Calculando la misma %n entrada con %1…</numerusform>
            <numerusform>Calculando las mismas %n entradas con %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded (comparison)</source>
        <translation>%1 / %2 calculadas (comparación)</translation>
    </message>
    <message>
        <source>Comparing the two spaces…</source>
        <translation>Comparando los dos espacios…</translation>
    </message>
    <message>
        <source>Comparison done.</source>
        <translation>Comparación terminada.</translation>
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
        <translation>Array de NumPy (*.npy)</translation>
    </message>
    <message>
        <source>Projector vectors (*.tsv); metadata.tsv is written beside it</source>
        <translation>Vectores para Projector (*.tsv); metadata.tsv se escribe a su lado</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportar:</translation>
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
        <translation>TSV de Projector</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exportar como %1</translation>
    </message>
    <message>
        <source>Nothing to export: embed the inputs first.</source>
        <translation>No hay nada que exportar: calcule primero los embeddings de las entradas.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Inputs, one per line</source>
        <translation>Entradas, una por línea</translation>
    </message>
    <message>
        <source>Type or paste inputs, one per line, or load a file.</source>
        <translation>Escriba o pegue entradas, una por línea, o cargue un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation>&amp;Cargar archivo…</translation>
    </message>
    <message>
        <source>.txt (one input per line), .csv (a text column and an optional label column) or .jsonl (&quot;text&quot; and optional &quot;label&quot; fields)</source>
        <translation>.txt (una entrada por línea), .csv (una columna de texto y una columna de etiqueta opcional) o .jsonl (campos &quot;text&quot; y &quot;label&quot; opcional)</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño del lote</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Tamaño del lote:</translation>
    </message>
    <message>
        <source>Inputs (*.txt *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Entradas (*.txt *.csv *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load inputs</source>
        <translation>Cargar entradas</translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) with labels</source>
        <translation>
            <numerusform>%n entrada con etiquetas</numerusform>
            <numerusform>%n entradas con etiquetas</numerusform>
        </translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>No inputs: type some, one per line, or load a file.</source>
        <translation>No hay entradas: escriba algunas, una por línea, o cargue un archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Embedding %n input(s)…</source>
        <translation>
            <numerusform>Calculando el embedding de %n entrada…</numerusform>
            <numerusform>Calculando los embeddings de %n entradas…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded</source>
        <translation>%1 / %2 calculadas</translation>
    </message>
    <message>
        <source>%1 / %1 embedded</source>
        <translation>%1 / %1 calculadas</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from %1; analysing…</source>
        <translation>
            <numerusform>%n vector de %1; analizando…</numerusform>
            <numerusform>%n vectores de %1; analizando…</numerusform>
        </translation>
    </message>
    <message>
        <source>inputs</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation>(sin etiqueta)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otras</translation>
    </message>
    <message>
        <source>PC1 (%1%)</source>
        <translation>CP1 (%1%)</translation>
    </message>
    <message>
        <source>PC2 (%1%)</source>
        <translation>CP2 (%1%)</translation>
    </message>
    <message>
        <source>The PCA plot appears once the inputs are embedded.</source>
        <translation>El gráfico de PCA aparece cuando las entradas tienen sus embeddings.</translation>
    </message>
    <message>
        <source>2D PCA</source>
        <translation>PCA 2D</translation>
    </message>
    <message>
        <source>PC1 explains %1% of the variance, PC2 %2% (together %3%).</source>
        <translation>CP1 explica el %1% de la varianza, CP2 el %2% (juntas, el %3%).</translation>
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
        <translation>Consulta de reordenación</translation>
    </message>
    <message>
        <source>Documents, one per line</source>
        <translation>Documentos, uno por línea</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documentos:</translation>
    </message>
    <message>
        <source>Top n:</source>
        <translation>Top n:</translation>
    </message>
    <message>
        <source>Re&amp;rank</source>
        <translation>Re&amp;ordenar</translation>
    </message>
    <message>
        <source>Rerank results</source>
        <translation>Resultados de la reordenación</translation>
    </message>
    <message>
        <source>Rerank needs a query and at least one document.</source>
        <translation>La reordenación necesita una consulta y al menos un documento.</translation>
    </message>
    <message numerus="yes">
        <source>Reranking %n document(s)…</source>
        <translation>
            <numerusform>Reordenando %n documento…</numerusform>
            <numerusform>Reordenando %n documentos…</numerusform>
        </translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation>Reordenado por %1.</translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation>&amp;Embeddings</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation>Vectores</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>Embed the inputs</source>
        <translation>Calcular los embeddings de las entradas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Enviar de todos modos</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>No enviar</translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation>No enviada: %1 %2</translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation>No enviada.</translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation>No enviada: %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 is a chat workload: the embedding inspector needs an embedding or rerank workload.</source>
        <translation>%1 es una carga de trabajo de chat: el inspector de embeddings necesita una carga de trabajo de embedding o de reordenación.</translation>
    </message>
    <message>
        <source>Pick a rerank workload to rerank documents.</source>
        <translation>Elija una carga de trabajo de reordenación para reordenar documentos.</translation>
    </message>
    <message>
        <source>Pick an embedding workload to embed the inputs.</source>
        <translation>Elija una carga de trabajo de embedding para calcular las entradas.</translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation>Ninguna carga de trabajo seleccionada</translation>
    </message>
    <message>
        <source>%1 · %2 (%3/%4)</source>
        <translation>%1 · %2 (%3/%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</source>
        <translation>
            <numerusform>%n vector · dimensión %1 · norma L2 mín. %2, media %3, máx. %4 · %5</numerusform>
            <numerusform>%n vectores · dimensión %1 · norma L2 mín. %2, media %3, máx. %4 · %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a second embedding workload to compare this one with: the agreement needs two spaces.</source>
        <translation>Añada una segunda carga de trabajo de embedding con la que comparar esta: la concordancia necesita dos espacios.</translation>
    </message>
    <message numerus="yes">
        <source>Ready: embed the same %n input(s) with the second workload and compare their top-k neighbours.</source>
        <translation>
            <numerusform>Todo listo: calcule la misma %n entrada con la segunda carga de trabajo y compare sus k vecinos más cercanos.</numerusform>
            <numerusform>Todo listo: calcule las mismas %n entradas con la segunda carga de trabajo y compare sus k vecinos más cercanos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Abrir e&amp;jemplo</translation>
    </message>
    <message>
        <source>Twelve support-desk sentences in three labelled topics (docs/examples/sentences.csv)</source>
        <translation>Doce frases de soporte técnico en tres temas etiquetados (docs/examples/sentences.csv)</translation>
    </message>
    <message>
        <source>The sentences example is not installed (looked for share/ik-playground/examples and docs/examples): load a file of your own instead.</source>
        <translation>El ejemplo de frases no está instalado (se buscó en share/ik-playground/examples y docs/examples): cargue en su lugar un archivo propio.</translation>
    </message>
    <message>
        <source>&amp;Documents…</source>
        <translation>&amp;Documentos…</translation>
    </message>
    <message>
        <source>.csv with id and text columns (label optional), .jsonl {&quot;id&quot;, &quot;text&quot;}, or .txt (one document a line, its id the line number)</source>
        <translation>.csv con columnas id y text (label opcional), .jsonl {&quot;id&quot;, &quot;text&quot;} o .txt (un documento por línea; su id es el número de línea)</translation>
    </message>
    <message>
        <source>&amp;Queries…</source>
        <translation>C&amp;onsultas…</translation>
    </message>
    <message>
        <source>.csv with query and relevant columns (relevant as &quot;d1;d7:3&quot;), or .jsonl {&quot;query&quot;, &quot;relevant&quot;: [&quot;d1&quot;, &quot;d7:3&quot;]}</source>
        <translation>.csv con columnas query y relevant (relevant con la forma &quot;d1;d7:3&quot;) o .jsonl {&quot;query&quot;, &quot;relevant&quot;: [&quot;d1&quot;, &quot;d7:3&quot;]}</translation>
    </message>
    <message>
        <source>40 help-desk articles and 12 graded questions (docs/examples)</source>
        <translation>40 artículos de soporte técnico y 12 preguntas con relevancia graduada (docs/examples)</translation>
    </message>
    <message>
        <source>Load documents and queries with their relevant documents.</source>
        <translation>Cargue documentos y consultas con sus documentos relevantes.</translation>
    </message>
    <message>
        <source>Rerank workload</source>
        <translation>Carga de trabajo de reordenación</translation>
    </message>
    <message>
        <source>Results reranked (top N)</source>
        <translation>Resultados reordenados (top N)</translation>
    </message>
    <message>
        <source>Cut-off of the metrics (k)</source>
        <translation>Punto de corte de las métricas (k)</translation>
    </message>
    <message>
        <source>Ev&amp;aluate</source>
        <translation>Evalua&amp;r</translation>
    </message>
    <message>
        <source>Retrieval progress</source>
        <translation>Progreso de la recuperación</translation>
    </message>
    <message>
        <source>Beside:</source>
        <translation>Junto con:</translation>
    </message>
    <message>
        <source>Rerank with:</source>
        <translation>Reordenar con:</translation>
    </message>
    <message>
        <source>top N:</source>
        <translation>top N:</translation>
    </message>
    <message>
        <source>Retrieval metrics overall</source>
        <translation>Métricas globales de la recuperación</translation>
    </message>
    <message>
        <source>Queries ranked by</source>
        <translation>Consultas ordenadas según</translation>
    </message>
    <message>
        <source>Queries, worst first, as ranked by:</source>
        <translation>Consultas, de peor a mejor, según la ordenación de:</translation>
    </message>
    <message>
        <source>Queries, worst first</source>
        <translation>Consultas, de peor a mejor</translation>
    </message>
    <message>
        <source>Select a query to see what was retrieved for it.</source>
        <translation>Seleccione una consulta para ver lo que se recuperó para ella.</translation>
    </message>
    <message>
        <source>What the selected query retrieved</source>
        <translation>Lo que recuperó la consulta seleccionada</translation>
    </message>
    <message>
        <source>Queries (*.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation>Consultas (*.csv *.jsonl *.ndjson);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Documents (*.csv *.jsonl *.ndjson *.txt);;All files (*)</source>
        <translation>Documentos (*.csv *.jsonl *.ndjson *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Load queries</source>
        <translation>Cargar consultas</translation>
    </message>
    <message>
        <source>Load documents</source>
        <translation>Cargar documentos</translation>
    </message>
    <message>
        <source>Load the documents first: %1 is checked against their ids.</source>
        <translation>Cargue primero los documentos: %1 se comprueba con sus identificadores.</translation>
    </message>
    <message>
        <source>The retrieval example is not installed (looked for share/ik-playground/examples/retrieval and docs/examples/retrieval): load a documents and a queries file instead.</source>
        <translation>El ejemplo de recuperación no está instalado (se buscó en share/ik-playground/examples/retrieval y docs/examples/retrieval): cargue en su lugar un archivo de documentos y otro de consultas.</translation>
    </message>
    <message numerus="yes">
        <source>%n documents from %1</source>
        <translation>
            <numerusform>%n documento de %1</numerusform>
            <numerusform>%n documentos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries from %1</source>
        <translation>
            <numerusform>%n consulta de %1</numerusform>
            <numerusform>%n consultas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>now load the queries</source>
        <translation>ahora cargue las consultas</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>no second workload</source>
        <translation>sin segunda carga de trabajo</translation>
    </message>
    <message>
        <source>no reranking</source>
        <translation>sin reordenación</translation>
    </message>
    <message>
        <source>Load documents and queries (or the example) to evaluate them.</source>
        <translation>Cargue documentos y consultas (o el ejemplo) para evaluarlos.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to rank %n queries with %1.</source>
        <translation>
            <numerusform>Listo para ordenar %n consulta con %1.</numerusform>
            <numerusform>Listo para ordenar %n consultas con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>Not scored: %1 failed.</source>
        <translation>Sin puntuar: %1 falló.</translation>
    </message>
    <message>
        <source>%1: not sent, as you chose. Take the key-like text out of the documents or queries, or choose Send anyway.</source>
        <translation>%1: no se envió, como usted eligió. Quite de los documentos o las consultas el texto que parece una clave, o elija Enviar de todos modos.</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>Cancelled; nothing was scored.</source>
        <translation>Cancelado; no se puntuó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n queries against %1 documents at k = %2.</source>
        <translation>
            <numerusform>%n consulta frente a %1 documentos con k = %2.</numerusform>
            <numerusform>%n consultas frente a %1 documentos con k = %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Em&amp;bed</source>
        <translation>Ca&amp;lcular</translation>
    </message>
    <message>
        <source>Embed the inputs (Ctrl+Enter)</source>
        <translation>Calcular los embeddings de las entradas (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder exists and is writable.</source>
        <translation>No se pudo escribir %1: compruebe que la carpeta existe y admite escritura.</translation>
    </message>
    <message>
        <source>The vectors differ in length: embed the set again.</source>
        <translation>Los vectores tienen longitudes distintas: vuelva a calcular los embeddings del conjunto.</translation>
    </message>
    <message>
        <source>UMAP and t-SNE need at least 4 inputs: add inputs.</source>
        <translation>UMAP y t-SNE necesitan al menos 4 entradas: añada entradas.</translation>
    </message>
    <message numerus="yes">
        <source>Perplexity lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Perplejidad reducida a %1 para %n entrada.</numerusform>
            <numerusform>Perplejidad reducida a %1 para %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbours lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Vecinos reducidos a %1 para %n entrada.</numerusform>
            <numerusform>Vecinos reducidos a %1 para %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
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
        <translation>Proyección:</translation>
    </message>
    <message>
        <source>Neighbours:</source>
        <translation>Vecinos:</translation>
    </message>
    <message>
        <source>Min dist:</source>
        <translation>Dist. mín.:</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>Perplejidad:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Clusters:</source>
        <translation>Clústeres:</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>auto: the k from 2 to 10 with the best silhouette</source>
        <translation>auto: el k de 2 a 10 con la mejor silueta</translation>
    </message>
    <message>
        <source>Colour by</source>
        <translation>Colorear por</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>clúster</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Colorear por:</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Disponer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Map progress</source>
        <translation>Progreso del mapa</translation>
    </message>
    <message>
        <source>Map CSV</source>
        <translation>Mapa CSV</translation>
    </message>
    <message>
        <source>Map PNG</source>
        <translation>Mapa PNG</translation>
    </message>
    <message>
        <source>Labels by clusters</source>
        <translation>Etiquetas por clústeres</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clústeres</translation>
    </message>
    <message>
        <source>Embed the inputs first: the map is drawn from their vectors.</source>
        <translation>Calcule primero los embeddings de las entradas: el mapa se dibuja a partir de sus vectores.</translation>
    </message>
    <message>
        <source>Finding clusters…</source>
        <translation>Buscando clústeres…</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Disponiendo…</translation>
    </message>
    <message>
        <source>Stopped: the map shows the layout reached so far.</source>
        <translation>Detenido: el mapa muestra la disposición alcanzada hasta ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) by k-means.</source>
        <translation>
            <numerusform>%n clúster por k-medias.</numerusform>
            <numerusform>%n clústeres por k-medias.</numerusform>
        </translation>
    </message>
    <message>
        <source>UMAP (neighbours %1, min dist %2, seed %3)</source>
        <translation>UMAP (vecinos %1, dist. mín. %2, semilla %3)</translation>
    </message>
    <message>
        <source>t-SNE (perplexity %1, seed %2)</source>
        <translation>t-SNE (perplejidad %1, semilla %2)</translation>
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
        <translation>clúster %1</translation>
    </message>
    <message>
        <source>2D map of the vectors</source>
        <translation>Mapa 2D de los vectores</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache (no call) analysed in %1 ms; Embed again calls the workload.</source>
        <translation>
            <numerusform>%n vector de la caché (sin llamada) analizado en %1 ms; Calcular de nuevo llama a la carga de trabajo.</numerusform>
            <numerusform>%n vectores de la caché (sin llamada) analizados en %1 ms; Calcular de nuevo llama a la carga de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Going on from input %1 of %2…</source>
        <translation>Continuando desde la entrada %1 de %2…</translation>
    </message>
    <message>
        <source>The cached vectors could not be used (%1); embedding again.</source>
        <translation>No se pudieron usar los vectores de la caché (%1); se calcula de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache, embedded earlier by %1: no call made. Embed again to call the workload.</source>
        <translation>
            <numerusform>%n vector de la caché, calculado antes por %1: sin llamada. Calcule de nuevo para llamar a la carga de trabajo.</numerusform>
            <numerusform>%n vectores de la caché, calculados antes por %1: sin llamada. Calcule de nuevo para llamar a la carga de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded · about %3 left</source>
        <translation>%1 / %2 calculadas · faltan unos %3</translation>
    </message>
    <message>
        <source>%1: the batch at input %2 goes again in %3, as the server asked.</source>
        <translation>%1: el lote de la entrada %2 se reenvía en %3, como pidió el servidor.</translation>
    </message>
    <message>
        <source>Embedding failed after %1 of %2 inputs: %3 — %4 The %1 embedded are kept: Embed goes on from there.</source>
        <translation>El cálculo falló tras %1 de %2 entradas: %3 — %4 Las %1 calculadas se conservan: Calcular continúa desde ahí.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 inputs; they are kept, and Embed goes on from there.</source>
        <translation>Cancelado tras %1 de %2 entradas; se conservan, e Calcular continúa desde ahí.</translation>
    </message>
</context>
<context>
    <name>ik::Endpoint</name>
    <message>
        <source>no project given</source>
        <translation>no se ha indicado ningún proyecto</translation>
    </message>
    <message>
        <source>Set the project slug (--project or INFERENCEKEY_PROJECT).</source>
        <translation>Indique el slug del proyecto (--project o INFERENCEKEY_PROJECT).</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation>Pegue la clave ik_live_ de la carga de trabajo.</translation>
    </message>
    <message>
        <source>the key contains a control character or line break</source>
        <translation>la clave contiene un carácter de control o un salto de línea</translation>
    </message>
    <message>
        <source>Paste the key again without surrounding text.</source>
        <translation>Pegue de nuevo la clave sin el texto que la rodea.</translation>
    </message>
    <message>
        <source>Give each extra header as one line &apos;Name: value&apos; with no line breaks or control characters.</source>
        <translation>Indique cada cabecera adicional en una línea &apos;Nombre: valor&apos;, sin saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL with a host</source>
        <translation>la URL base &quot;%1&quot; no es una URL http(s) con host</translation>
    </message>
    <message>
        <source>Use a base URL like https://api.inferencekey.com.</source>
        <translation>Use una URL base como https://api.inferencekey.com.</translation>
    </message>
    <message>
        <source>refused to send the key over plain http:// to %1: only loopback (127.0.0.1, ::1, localhost) may use http</source>
        <translation>se rechazó enviar la clave por http:// sin cifrar a %1: solo la interfaz local (127.0.0.1, ::1, localhost) puede usar http</translation>
    </message>
    <message>
        <source>Use https:// for a server that is not on this machine.</source>
        <translation>Use https:// para un servidor que no está en este equipo.</translation>
    </message>
    <message>
        <source>the network manager is gone</source>
        <translation>el gestor de red ya no existe</translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation>Reinicie la aplicación.</translation>
    </message>
</context>
<context>
    <name>ik::Error</name>
    <message>
        <source>HTTP status %1</source>
        <translation>estado HTTP %1</translation>
    </message>
    <message>
        <source>this credential type cannot be used on this route</source>
        <translation>este tipo de credencial no puede usarse en esta ruta</translation>
    </message>
    <message>
        <source>the key belongs to another project than the one in the path</source>
        <translation>la clave pertenece a un proyecto distinto del de la ruta</translation>
    </message>
    <message>
        <source>the key is not issued for this workload</source>
        <translation>la clave no se emitió para esta carga de trabajo</translation>
    </message>
    <message>
        <source>the server answered with an HTML page</source>
        <translation>el servidor respondió con una página HTML</translation>
    </message>
    <message>
        <source>the server answered with an HTML page: </source>
        <translation>el servidor respondió con una página HTML: </translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation>el servidor informó de un error</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>error de configuración</translation>
    </message>
    <message>
        <source>validation error</source>
        <translation>error de validación</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>autenticación fallida</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>permission denied [%1]</source>
        <translation>permiso denegado [%1]</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>petición incorrecta</translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation>límite de peticiones alcanzado</translation>
    </message>
    <message>
        <source> (retry after %1)</source>
        <translation> (reintentar tras %1)</translation>
    </message>
    <message>
        <source>api error (status %1)</source>
        <translation>error de la API (estado %1)</translation>
    </message>
    <message>
        <source>api error</source>
        <translation>error de la API</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>error de red</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>truncated stream</source>
        <translation>flujo truncado</translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the inputs (1 to %1 texts, none blank) and that this is an embedding workload; the message says which.</source>
        <translation>El servidor rechazó el cuerpo de la petición: compruebe las entradas (de 1 a %1 textos, ninguno vacío) y que se trata de una carga de trabajo de embedding; el mensaje indica cuál falla.</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the query (not blank), the documents (at least one, none blank) and top_n (at least 1); the message says which.</source>
        <translation>El servidor rechazó el cuerpo de la petición: compruebe la consulta (no vacía), los documentos (al menos uno, ninguno vacío) y top_n (al menos 1); el mensaje indica cuál falla.</translation>
    </message>
    <message>
        <source>The server rejected the request body: check the parameters (max_tokens, temperature, stop, ...) against what this workload accepts; the message says which.</source>
        <translation>El servidor rechazó el cuerpo de la petición: compare los parámetros (max_tokens, temperature, stop, ...) con lo que acepta esta carga de trabajo; el mensaje indica cuál falla.</translation>
    </message>
    <message>
        <source>Check the workload settings: a base URL, a project, a workload and the workload&apos;s ik_live_ key are needed, each in its own field.</source>
        <translation>Revise la configuración de la carga de trabajo: hacen falta una URL base, un proyecto, una carga de trabajo y la clave ik_live_ de la carga de trabajo, cada uno en su campo.</translation>
    </message>
    <message>
        <source>Fix the request before sending: give either a prompt or a message list, with no blank text, and at least one input to embed.</source>
        <translation>Corrija la petición antes de enviarla: indique un prompt o una lista de mensajes, sin textos vacíos, y al menos una entrada para el embedding.</translation>
    </message>
    <message>
        <source>The server did not accept the key: it may be wrong, revoked, expired or cut short by a bad paste. Paste the workload&apos;s ik_live_ key again, or issue a new one.</source>
        <translation>El servidor no aceptó la clave: puede ser incorrecta, estar revocada, caducada o cortada por un mal pegado. Pegue de nuevo la clave ik_live_ de la carga de trabajo o emita una nueva.</translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key for inference; an ik_sdk_ control token only works on the control plane (/api/...), and an ik_live_ key only on data routes.</source>
        <translation>Use la clave ik_live_ de la carga de trabajo para la inferencia; un token de control ik_sdk_ solo funciona en el plano de control (/api/...) y una clave ik_live_ solo en las rutas de datos.</translation>
    </message>
    <message>
        <source>The key belongs to another project than the one in the URL: check the project slug, or use a key issued for this project.</source>
        <translation>La clave pertenece a un proyecto distinto del de la URL: compruebe el slug del proyecto o use una clave emitida para este proyecto.</translation>
    </message>
    <message>
        <source>The key is not issued for this workload: use this workload&apos;s own key, or issue one scoped to it (or to project/*).</source>
        <translation>La clave no se emitió para esta carga de trabajo: use la clave propia de esta carga de trabajo o emita una limitada a ella (o a proyecto/*).</translation>
    </message>
    <message>
        <source>The key may not call this workload: check the project and workload slugs and which workloads the key was issued for.</source>
        <translation>La clave no puede llamar a esta carga de trabajo: compruebe los slugs del proyecto y de la carga de trabajo y para qué cargas de trabajo se emitió la clave.</translation>
    </message>
    <message>
        <source>Check the base URL and the project and workload slugs: the workload may not exist or was never provisioned.</source>
        <translation>Compruebe la URL base y los slugs del proyecto y de la carga de trabajo: puede que la carga de trabajo no exista o que nunca se aprovisionara.</translation>
    </message>
    <message>
        <source>Too many requests: wait %1 (the server&apos;s Retry-After) and try again.</source>
        <translation>Demasiadas peticiones: espere %1 (el Retry-After del servidor) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many requests: wait a little and try again, or send fewer requests at once.</source>
        <translation>Demasiadas peticiones: espere un poco e inténtelo de nuevo, o envíe menos peticiones a la vez.</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in %1 (the server&apos;s Retry-After).</source>
        <translation>La carga de trabajo no está disponible; quizá esté arrancando en frío: inténtelo de nuevo dentro de %1 (el Retry-After del servidor).</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in a minute.</source>
        <translation>La carga de trabajo no está disponible; quizá esté arrancando en frío: inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>The server failed to answer this request: try again; if it keeps failing, check the workload&apos;s status and logs.</source>
        <translation>El servidor no pudo responder a esta petición: inténtelo de nuevo; si sigue fallando, revise el estado y los registros de la carga de trabajo.</translation>
    </message>
    <message>
        <source>The server refused the request with status %1: read its message, and check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation>El servidor rechazó la petición con el estado %1: lea su mensaje y compruebe que la URL base apunta a un endpoint de InferenceKey o compatible con OpenAI.</translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL, your connection, proxy and TLS setup.</source>
        <translation>No se pudo contactar con el servidor: compruebe la URL base, su conexión, el proxy y la configuración TLS.</translation>
    </message>
    <message>
        <source>The server did not answer in time: try again, or raise the timeout (a cold workload can take a while to start).</source>
        <translation>El servidor no respondió a tiempo: inténtelo de nuevo o aumente el tiempo de espera (una carga de trabajo en frío puede tardar en arrancar).</translation>
    </message>
    <message>
        <source>Stopped on request; the text received so far is kept.</source>
        <translation>Detenida a petición; se conserva el texto recibido hasta ahora.</translation>
    </message>
    <message>
        <source>The connection closed before the end of the stream: the text shown is incomplete. Try again.</source>
        <translation>La conexión se cerró antes del final del flujo: el texto mostrado está incompleto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the wire format: check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation>La respuesta del servidor no sigue el formato del protocolo: compruebe que la URL base apunta a un endpoint de InferenceKey o compatible con OpenAI.</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error kind: message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ik::ErrorCard</name>
    <message>
        <source>Too many requests: Retry waits as long as the server asked; send fewer requests at once to avoid it.</source>
        <translation>Demasiadas peticiones: Reintentar espera lo que pidió el servidor; envíe menos peticiones a la vez para evitarlo.</translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: Retry waits as long as the server asked.</source>
        <translation>La carga de trabajo no está disponible; quizá esté arrancando en frío: Reintentar espera lo que pidió el servidor.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation>Reintentar la petición</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Not sent: the credential guard blocked it</source>
        <translation>No enviada: el control de credenciales la bloqueó</translation>
    </message>
    <message>
        <source>Cancel retry</source>
        <translation>Cancelar reintento</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (the server asked to wait)</source>
        <translation>
            <numerusform>Reintento en %n s (el servidor pidió esperar)</numerusform>
            <numerusform>Reintento en %n s (el servidor pidió esperar)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: retry possible in %n s</source>
        <translation>
            <numerusform>El servidor pidió esperar: podrá reintentar en %n s</numerusform>
            <numerusform>El servidor pidió esperar: podrá reintentar en %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::EvalView</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n tok</source>
        <translation>
            <numerusform>%n tok</numerusform>
            <numerusform>%n tok</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open set…</source>
        <translation>A&amp;brir conjunto…</translation>
    </message>
    <message>
        <source>Open e&amp;xample</source>
        <translation>Abrir e&amp;jemplo</translation>
    </message>
    <message>
        <source>30 support prompts with assertions (docs/examples/eval)</source>
        <translation>30 prompts de soporte con aserciones (docs/examples/eval)</translation>
    </message>
    <message>
        <source>No set open</source>
        <translation>Ningún conjunto abierto</translation>
    </message>
    <message>
        <source>Problems of the set</source>
        <translation>Problemas del conjunto</translation>
    </message>
    <message>
        <source>Open a set: its templating errors and warnings show here before anything is sent.</source>
        <translation>Abra un conjunto: sus errores y advertencias de plantilla se muestran aquí antes de enviar nada.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <source>Failures only</source>
        <translation>Solo fallos</translation>
    </message>
    <message>
        <source>Rows where workloads disagree</source>
        <translation>Filas en las que las cargas de trabajo discrepan</translation>
    </message>
    <message>
        <source>Open in &amp;playground</source>
        <translation>Abrir en el &amp;playground</translation>
    </message>
    <message>
        <source>Export CS&amp;V</source>
        <translation>E&amp;xportar CSV</translation>
    </message>
    <message>
        <source>Export &amp;JSON</source>
        <translation>Exportar JS&amp;ON</translation>
    </message>
    <message>
        <source>Export J&amp;Unit</source>
        <translation>Exportar JUn&amp;it</translation>
    </message>
    <message>
        <source>Results: rows by workloads</source>
        <translation>Resultados: filas por cargas de trabajo</translation>
    </message>
    <message>
        <source>Totals per workload</source>
        <translation>Totales por carga de trabajo</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superadas</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95%</translation>
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
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>Eva&amp;luar</translation>
    </message>
    <message>
        <source>The example set was not found (looked under share/ik-playground/examples and docs/examples): open a set file instead.</source>
        <translation>No se encontró el conjunto de ejemplo (se buscó en share/ik-playground/examples y docs/examples): abra un archivo de conjunto.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Runs against: %1</source>
        <translation>Se ejecuta contra: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Missing: %1. Add them in the Workloads panel (or start the sandbox) to run.</source>
        <translation>Faltan: %1. Añádalas en el panel de cargas de trabajo (o inicie el sandbox) para ejecutar.</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message numerus="yes">
        <source>No problems: every placeholder has a value in every row (%n row(s)).</source>
        <translation>
            <numerusform>Sin problemas: cada marcador tiene un valor en cada fila (%n fila).</numerusform>
            <numerusform>Sin problemas: cada marcador tiene un valor en cada fila (%n filas).</numerusform>
        </translation>
    </message>
    <message>
        <source>The set cannot run: %1</source>
        <translation>El conjunto no puede ejecutarse: %1</translation>
    </message>
    <message>
        <source>%1 of %2 done, %3 failed</source>
        <translation>%1 de %2 hechas, %3 fallidas</translation>
    </message>
    <message>
        <source>ETA unknown</source>
        <translation>Tiempo restante desconocido</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Tiempo restante %1</translation>
    </message>
    <message>
        <source>%1 cells/s</source>
        <translation>%1 celdas/s</translation>
    </message>
    <message>
        <source>cost so far $%1</source>
        <translation>coste hasta ahora $%1</translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n reanudada</numerusform>
            <numerusform>%n reanudadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Run finished: %1 of %2 cells passed.</source>
        <translation>Ejecución terminada: %1 de %2 celdas superadas.</translation>
    </message>
    <message>
        <source>Run cancelled after %1 of %2 cells; Run resumes it.</source>
        <translation>Ejecución cancelada tras %1 de %2 celdas; Ejecutar la reanuda.</translation>
    </message>
    <message>
        <source>Run timed out after %1 of %2 cells; Run resumes it.</source>
        <translation>La ejecución agotó su tiempo tras %1 de %2 celdas; Ejecutar la reanuda.</translation>
    </message>
    <message>
        <source>Run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3%)</translation>
    </message>
    <message>
        <source>%1–%2%</source>
        <translation>%1–%2%</translation>
    </message>
    <message>
        <source>nothing has run yet</source>
        <translation>todavía no se ha ejecutado nada</translation>
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
        <translation>Exportado a %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Falló la exportación: %1</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exportar los resultados</translation>
    </message>
    <message>
        <source>Open an evaluation set</source>
        <translation>Abrir un conjunto de evaluación</translation>
    </message>
    <message>
        <source>Evaluation sets (*.json);;All files (*)</source>
        <translation>Conjuntos de evaluación (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ik::FramesModel</name>
    <message>
        <source>(not JSON, skipped) %1</source>
        <translation>(no es JSON, omitida) %1</translation>
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
        <translation>Bytes</translation>
    </message>
    <message>
        <source>Delta text</source>
        <translation>Texto delta</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>JSON sin procesar</translation>
    </message>
</context>
<context>
    <name>ik::Guard</name>
    <message>
        <source>Wrong credential type: this is an ik_sdk_ control token, and data routes only accept an ik_live_ key.</source>
        <translation>Tipo de credencial incorrecto: esto es un token de control ik_sdk_, y las rutas de datos solo aceptan una clave ik_live_.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key. Control tokens are for importing workloads from a project.</source>
        <translation>Pegue la clave ik_live_ de la carga de trabajo. Los tokens de control sirven para importar cargas de trabajo de un proyecto.</translation>
    </message>
    <message>
        <source>The key is malformed.</source>
        <translation>La clave está mal formada.</translation>
    </message>
    <message>
        <source>Copy the whole key again from the console.</source>
        <translation>Copie de nuevo la clave completa desde la consola.</translation>
    </message>
    <message>
        <source>The key has extra characters around it: %1.</source>
        <translation>La clave tiene caracteres de más a su alrededor: %1.</translation>
    </message>
    <message>
        <source>Apply the fix to use the cleaned-up key.</source>
        <translation>Aplique la corrección para usar la clave limpia.</translation>
    </message>
    <message>
        <source>No key: this workload has no ik_live_ key yet.</source>
        <translation>Sin clave: esta carga de trabajo aún no tiene clave ik_live_.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key in the key field.</source>
        <translation>Pegue la clave ik_live_ de la carga de trabajo en el campo de la clave.</translation>
    </message>
    <message>
        <source>This is not an InferenceKey key.</source>
        <translation>Esta no es una clave de InferenceKey.</translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation>Pegue la clave ik_live_ de la carga de trabajo.</translation>
    </message>
    <message>
        <source>The workload&apos;s base URL is not a valid http(s) URL.</source>
        <translation>La URL base de la carga de trabajo no es una URL http(s) válida.</translation>
    </message>
    <message>
        <source>Edit the workload and fix its base URL.</source>
        <translation>Edite la carga de trabajo y corrija su URL base.</translation>
    </message>
    <message>
        <source>The key would travel over plain http:// to %1, where anyone on the way can read it.</source>
        <translation>La clave viajaría por http:// sin cifrar hasta %1, y cualquiera en el camino podría leerla.</translation>
    </message>
    <message>
        <source>Use the https:// URL of the server (plain http is only allowed to this computer).</source>
        <translation>Use la URL https:// del servidor (http sin cifrar solo se permite hacia este equipo).</translation>
    </message>
    <message>
        <source>The prompt contains something that looks like a key; it would be sent to the model as text.</source>
        <translation>El prompt contiene algo que parece una clave; se enviaría al modelo como texto.</translation>
    </message>
    <message>
        <source>Remove the key from the prompt unless you mean to send it.</source>
        <translation>Quite la clave del prompt, salvo que quiera enviarla.</translation>
    </message>
    <message>
        <source>The system text contains something that looks like a key; it would be sent to the model as text.</source>
        <translation>El texto de sistema contiene algo que parece una clave; se enviaría al modelo como texto.</translation>
    </message>
    <message>
        <source>Remove the key from the system text unless you mean to send it.</source>
        <translation>Quite la clave del texto de sistema, salvo que quiera enviarla.</translation>
    </message>
    <message>
        <source>Ready: the key is well-formed for this workload.</source>
        <translation>Lista: la clave está bien formada para esta carga de trabajo.</translation>
    </message>
    <message>
        <source>Blocked: %1 %2</source>
        <translation>Bloqueada: %1 %2</translation>
    </message>
    <message>
        <source>Asks first: %1 %2</source>
        <translation>Pregunta antes: %1 %2</translation>
    </message>
    <message>
        <source>The same key (%1) is stored for workloads of another project (%2); a key belongs to one project.</source>
        <translation>La misma clave (%1) está guardada para cargas de trabajo de otro proyecto (%2); una clave pertenece a un solo proyecto.</translation>
    </message>
    <message>
        <source>Check that this is the key issued for project %1.</source>
        <translation>Compruebe que esta es la clave emitida para el proyecto %1.</translation>
    </message>
    <message>
        <source>The server answered project_scope_mismatch for this key (%1) in project %2 before: it belongs to another project.</source>
        <translation>El servidor ya respondió project_scope_mismatch para esta clave (%1) en el proyecto %2: pertenece a otro proyecto.</translation>
    </message>
    <message>
        <source>Use a key issued for project %1.</source>
        <translation>Use una clave emitida para el proyecto %1.</translation>
    </message>
    <message>
        <source>The server answered scope_insufficient for this key (%1) on workload %2 before: it is not issued for it.</source>
        <translation>El servidor ya respondió scope_insufficient para esta clave (%1) en la carga de trabajo %2: no se emitió para ella.</translation>
    </message>
    <message>
        <source>Use a key issued for %1/%2 (or for %1/*).</source>
        <translation>Use una clave emitida para %1/%2 (o para %1/*).</translation>
    </message>
</context>
<context>
    <name>ik::HeatStrip</name>
    <message>
        <source>dimension %1: %2</source>
        <translation>dimensión %1: %2</translation>
    </message>
</context>
<context>
    <name>ik::HeatmapWidget</name>
    <message>
        <source>The cosine heatmap appears once the inputs are embedded.</source>
        <translation>El mapa de calor de cosenos aparece cuando las entradas tienen sus embeddings.</translation>
    </message>
    <message>
        <source>#%1 “%2” ↔ #%3 “%4”: cosine %5</source>
        <translation>#%1 “%2” ↔ #%3 “%4”: coseno %5</translation>
    </message>
</context>
<context>
    <name>ik::History</name>
    <message>
        <source>(hidden: part of a key)</source>
        <translation>(oculto: parte de una clave)</translation>
    </message>
</context>
<context>
    <name>ik::HistoryModel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
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
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation>Buscar en prompts y respuestas</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Show runs from</source>
        <translation>Mostrar ejecuciones de</translation>
    </message>
    <message>
        <source>All runs</source>
        <translation>Todas las ejecuciones</translation>
    </message>
    <message>
        <source>Playground only</source>
        <translation>Solo Playground</translation>
    </message>
    <message>
        <source>Compare only</source>
        <translation>Solo Comparar</translation>
    </message>
    <message>
        <source>Runs of this workload</source>
        <translation>Ejecuciones de esta carga de trabajo</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Run as Markdown…</source>
        <translation>Ejecución como Markdown…</translation>
    </message>
    <message>
        <source>Run as JSON…</source>
        <translation>Ejecución como JSON…</translation>
    </message>
    <message>
        <source>Conversation as Markdown…</source>
        <translation>Conversación como Markdown…</translation>
    </message>
    <message>
        <source>Conversation as JSON…</source>
        <translation>Conversación como JSON…</translation>
    </message>
</context>
<context>
    <name>ik::Images</name>
    <message>
        <source>an empty file</source>
        <translation>un archivo vacío</translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation>una imagen AVIF</translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation>una imagen HEIC</translation>
    </message>
    <message>
        <source>a video (MP4 or MOV)</source>
        <translation>un vídeo (MP4 o MOV)</translation>
    </message>
    <message>
        <source>a damaged WebP image</source>
        <translation>una imagen WebP dañada</translation>
    </message>
    <message>
        <source>a RIFF media file (WAV or AVI)</source>
        <translation>un archivo multimedia RIFF (WAV o AVI)</translation>
    </message>
    <message>
        <source>an SVG image (vector graphics)</source>
        <translation>una imagen SVG (gráficos vectoriales)</translation>
    </message>
    <message>
        <source>JSON or other text</source>
        <translation>JSON u otro texto</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto sin formato</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation>datos binarios de tipo desconocido</translation>
    </message>
    <message>
        <source>Attach a PNG, JPEG, GIF or WebP image of at most 20 MB.</source>
        <translation>Adjunte una imagen PNG, JPEG, GIF o WebP de 20 MB como máximo.</translation>
    </message>
    <message>
        <source>%1 is %2: an image may be at most 20 MB.</source>
        <translation>%1 ocupa %2: una imagen puede ocupar 20 MB como máximo.</translation>
    </message>
    <message>
        <source>Scale it down or save it as JPEG, then attach it again.</source>
        <translation>Redúzcala o guárdela como JPEG y adjúntela de nuevo.</translation>
    </message>
    <message>
        <source>%1 starts like a %2 image, but its header is cut short or damaged: its pixel size cannot be read.</source>
        <translation>%1 empieza como una imagen %2, pero su cabecera está cortada o dañada: no se puede leer su tamaño en píxeles.</translation>
    </message>
    <message>
        <source>Save it again from an image editor, then attach it again.</source>
        <translation>Guárdela de nuevo desde un editor de imágenes y adjúntela otra vez.</translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation>%1 no es una imagen: parece %2.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Check the path, then attach it again.</source>
        <translation>Compruebe la ruta y adjúntela de nuevo.</translation>
    </message>
    <message>
        <source>the image_url is not a data: URL (only inline base64 images are accepted)</source>
        <translation>image_url no es una URL data: (solo se aceptan imágenes base64 incrustadas)</translation>
    </message>
    <message>
        <source>the data URL has no &apos;,&apos; before its payload</source>
        <translation>la URL de datos no tiene &apos;,&apos; antes de su contenido</translation>
    </message>
    <message>
        <source>the data URL is not base64-encoded (expected data:&lt;mime&gt;;base64,...)</source>
        <translation>la URL de datos no está codificada en base64 (se esperaba data:&lt;mime&gt;;base64,...)</translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is empty</source>
        <translation>el contenido de la URL de datos está vacío</translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is not valid base64</source>
        <translation>el contenido de la URL de datos no es base64 válido</translation>
    </message>
</context>
<context>
    <name>ik::Inspector</name>
    <message>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Tramas</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n trama</numerusform>
            <numerusform>%n tramas</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected frame</source>
        <translation>Trama seleccionada</translation>
    </message>
    <message>
        <source>The key appears as $%1: export it in your shell first</source>
        <translation>La clave aparece como $%1: expórtela antes en su shell</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy as Python (inferencekey SDK)</source>
        <translation>Copiar como Python (SDK inferencekey)</translation>
    </message>
    <message>
        <source>Copy as TypeScript (@inferencekey/sdk)</source>
        <translation>Copiar como TypeScript (@inferencekey/sdk)</translation>
    </message>
    <message>
        <source>(waiting for the response)</source>
        <translation>(esperando la respuesta)</translation>
    </message>
    <message>
        <source>(no HTTP response)
</source>
        <translation>(sin respuesta HTTP)
</translation>
    </message>
    <message>
        <source>(followed a same-origin redirect to %1)
</source>
        <translation>(se siguió una redirección del mismo origen a %1)
</translation>
    </message>
    <message numerus="yes">
        <source>(event stream: %n frame(s), see Frames; %1 not JSON; %2 comment line(s))</source>
        <translation>
            <numerusform>(flujo de eventos: %n trama, véase Tramas; %1 no JSON; %2 línea(s) de comentario)</numerusform>
            <numerusform>(flujo de eventos: %n tramas, véase Tramas; %1 no JSON; %2 línea(s) de comentario)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::JsonLines</name>
    <message>
        <source>NaN or Infinity is not JSON (nor a usable number); fix or drop that line</source>
        <translation>NaN o Infinity no es JSON (ni un número utilizable); corrija o quite esa línea</translation>
    </message>
    <message>
        <source>not JSON (%1 at column %2); write one object per line, like %3</source>
        <translation>no es JSON (%1 en la columna %2); escriba un objeto por línea, como %3</translation>
    </message>
    <message>
        <source>expected a JSON object like %1</source>
        <translation>se esperaba un objeto JSON como %1</translation>
    </message>
</context>
<context>
    <name>ik::JsonSchema</name>
    <message>
        <source>no value is allowed here (the schema is false)</source>
        <translation>aquí no se admite ningún valor (el esquema es false)</translation>
    </message>
    <message>
        <source>a schema must be an object or a boolean, not %1</source>
        <translation>un esquema debe ser un objeto o un booleano, no %1</translation>
    </message>
    <message>
        <source>type must be a type name or a list of them</source>
        <translation>type debe ser un nombre de tipo o una lista de ellos</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: %2)</source>
        <translation>tipo desconocido &quot;%1&quot; (conocidos: %2)</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>must be %1 (const), got %2</source>
        <translation>debe ser %1 (const), se obtuvo %2</translation>
    </message>
    <message>
        <source>enum must be a non-empty list of values</source>
        <translation>enum debe ser una lista de valores no vacía</translation>
    </message>
    <message>
        <source>%1 is not one of %2 (enum)</source>
        <translation>%1 no es ninguno de %2 (enum)</translation>
    </message>
    <message>
        <source>%1 must be a whole number, at least 0</source>
        <translation>%1 debe ser un número entero, como mínimo 0</translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation>%1 debe ser un número</translation>
    </message>
    <message>
        <source>below the %1</source>
        <translation>por debajo de %1</translation>
    </message>
    <message>
        <source>above the %1</source>
        <translation>por encima de %1</translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation>properties debe ser un objeto de esquemas</translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation>required debe ser una lista de nombres de propiedad</translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation>falta la propiedad obligatoria &quot;%1&quot;</translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not allowed (additionalProperties is false)</source>
        <translation>la propiedad &quot;%1&quot; no está permitida (additionalProperties es false)</translation>
    </message>
    <message>
        <source>items (list form) at %1</source>
        <translation>items (forma de lista) en %1</translation>
    </message>
    <message>
        <source>anyOf must be a non-empty list of schemas</source>
        <translation>anyOf debe ser una lista de esquemas no vacía</translation>
    </message>
    <message>
        <source>matches none of the %1 anyOf choices (closest: %2: %3)</source>
        <translation>no coincide con ninguna de las %1 opciones de anyOf (la más cercana: %2: %3)</translation>
    </message>
    <message>
        <source>only local references (&quot;#&quot; or &quot;#/$defs/name&quot;) are resolved</source>
        <translation>solo se resuelven referencias locales (&quot;#&quot; o &quot;#/$defs/name&quot;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer (#/$defs/name)</source>
        <translation>&quot;%1&quot; no es un puntero JSON (#/$defs/name)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing in the schema</source>
        <translation>&quot;%1&quot; no apunta a nada del esquema</translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers back to itself without checking anything</source>
        <translation>&quot;%1&quot; se refiere a sí mismo sin comprobar nada</translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>no es JSON: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation>se esperaba un objeto JSON, se obtuvo %1</translation>
    </message>
</context>
<context>
    <name>ik::KeyStore</name>
    <message>
        <source>no key stored in the system keychain for %1</source>
        <translation>no hay ninguna clave guardada en el llavero del sistema para %1</translation>
    </message>
    <message>
        <source>the system keyring refused access (keyring locked?): %1</source>
        <translation>el depósito de claves del sistema denegó el acceso (¿está bloqueado?): %1</translation>
    </message>
    <message>
        <source>the system keyring has no usable login collection (keyring locked?): %1</source>
        <translation>el depósito de claves del sistema no tiene una colección de inicio de sesión utilizable (¿está bloqueado?): %1</translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation>el llavero del sistema falló: %1</translation>
    </message>
    <message>
        <source>the system keychain could not delete the key: %1</source>
        <translation>el llavero del sistema no pudo eliminar la clave: %1</translation>
    </message>
    <message>
        <source>no Secret Service (system keyring) answered: %1. Keys can be kept in memory for this session only.</source>
        <translation>no respondió ningún Secret Service (depósito de claves del sistema): %1. Las claves pueden guardarse en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>no backend available</source>
        <translation>no hay ningún sistema de almacenamiento disponible</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>llavero del sistema</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>no key kept in memory for %1</source>
        <translation>no hay ninguna clave en memoria para %1</translation>
    </message>
</context>
<context>
    <name>ik::KeyVault</name>
    <message>
        <source>Key kept for this session only: %1</source>
        <translation>Clave retenida solo para esta sesión: %1</translation>
    </message>
    <message>
        <source>Key stored in the system keychain.</source>
        <translation>Clave guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation>No hay ninguna clave que guardar.</translation>
    </message>
    <message>
        <source>No system keychain.</source>
        <translation>No hay llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>ik::Logprobs</name>
    <message>
        <source> · no alternatives sent</source>
        <translation> · no se enviaron alternativas</translation>
    </message>
    <message>
        <source> · alternatives: %1</source>
        <translation> · alternativas: %1</translation>
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
        <translation>Posición</translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
</context>
<context>
    <name>ik::Npy</name>
    <message>
        <source>vectors have different dimensions; nothing written</source>
        <translation>los vectores tienen dimensiones distintas; no se escribió nada</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ik::ParamsEditor</name>
    <message>
        <source>Unchecked: left out of the request (the server&apos;s default applies)</source>
        <translation>Sin marcar: se omite en la petición (se aplica el valor por defecto del servidor)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Máx. de tokens</translation>
    </message>
    <message>
        <source>Top p</source>
        <translation>Top p</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation>Penalización por presencia</translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation>Penalización por frecuencia</translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation>Secuencias de parada</translation>
    </message>
    <message>
        <source>Stop sequences, one per line (\n for a line break)</source>
        <translation>Secuencias de parada, una por línea (\n para un salto de línea)</translation>
    </message>
    <message>
        <source>one per line; \n stands for a line break</source>
        <translation>una por línea; \n equivale a un salto de línea</translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation>Recibir la respuesta en flujo</translation>
    </message>
    <message>
        <source>Ask for usage</source>
        <translation>Pedir el uso</translation>
    </message>
    <message>
        <source>At the end of a stream (stream_options.include_usage): tokens, tokens/s and cost then come from the server&apos;s count</source>
        <translation>Al final de un flujo (stream_options.include_usage): los tokens, los tokens/s y el coste vienen entonces del recuento del servidor</translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation>Probabilidades de los tokens</translation>
    </message>
    <message>
        <source>logprobs: each answer token&apos;s probability, for the answer&apos;s tint and its alternatives</source>
        <translation>logprobs: la probabilidad de cada token de la respuesta, para el tinte de la respuesta y sus alternativas</translation>
    </message>
    <message>
        <source> alternatives</source>
        <translation> alternativas</translation>
    </message>
    <message>
        <source>Alternatives per token (top_logprobs)</source>
        <translation>Alternativas por token (top_logprobs)</translation>
    </message>
</context>
<context>
    <name>ik::PlaygroundView</name>
    <message>
        <source>System prompt</source>
        <translation>Prompt de sistema</translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation>Prompt de sistema (opcional)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>This draft held a key. Drafts never keep a key&apos;s secret, so it was not saved: it is masked below. Paste the key again where you need it.</source>
        <translation>Este borrador contenía una clave. Los borradores nunca guardan el secreto de una clave, así que no se guardó: aparece enmascarada abajo. Pegue de nuevo la clave donde la necesite.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Ask something. Ctrl+Enter sends, Esc stops.</source>
        <translation>Pregunte algo. Ctrl+Intro envía, Esc detiene.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Enviar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop (Esc): the partial answer stays</source>
        <translation>Detener (Esc): la respuesta parcial se conserva</translation>
    </message>
    <message>
        <source>+ User turn</source>
        <translation>+ Turno del usuario</translation>
    </message>
    <message>
        <source>+ Assistant turn</source>
        <translation>+ Turno del asistente</translation>
    </message>
    <message>
        <source>Add the prompt as a user turn</source>
        <translation>Añadir el prompt como turno del usuario</translation>
    </message>
    <message>
        <source>Add the prompt as an assistant turn</source>
        <translation>Añadir el prompt como turno del asistente</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Send thinking back</source>
        <translation>Reenviar el razonamiento</translation>
    </message>
    <message>
        <source>Send the model&apos;s thinking back in later turns (reasoning_content)</source>
        <translation>Reenviar el razonamiento del modelo en los turnos siguientes (reasoning_content)</translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation>Reabrir ejecución</translation>
    </message>
    <message>
        <source>The conversation has turns that are not in history. Replace it with the run from %1, or open that run as a branch of it?</source>
        <translation>La conversación tiene turnos que no están en el historial. ¿Reemplazarla por la ejecución de %1 o abrir esa ejecución como una rama suya?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Open as a branch</source>
        <translation>Abrir como rama</translation>
    </message>
    <message>
        <source>%1 · from history, %2</source>
        <translation>%1 · del historial, %2</translation>
    </message>
    <message>
        <source>From history</source>
        <translation>Del historial</translation>
    </message>
    <message>
        <source>the application ended while this answer was still arriving</source>
        <translation>la aplicación se cerró mientras llegaba esta respuesta</translation>
    </message>
    <message>
        <source>The text saved up to then is shown. Send it again for a full answer.</source>
        <translation>Se muestra el texto guardado hasta entonces. Envíelo de nuevo para obtener una respuesta completa.</translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation>Respuesta incompleta</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
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
        <translation>imagen %1 del historial</translation>
    </message>
    <message>
        <source>Nothing to regenerate from: the conversation does not end with the question this answer replied to.</source>
        <translation>No hay nada desde lo que regenerar: la conversación no termina con la pregunta a la que respondía esta respuesta.</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <source>This conversation&apos;s tokens and cost</source>
        <translation>Tokens y coste de esta conversación</translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation>Nombre del preajuste</translation>
    </message>
    <message>
        <source>Pick a preset to apply it, or type a name and Save the values in effect under it</source>
        <translation>Elija un preajuste para aplicarlo, o escriba un nombre y pulse Guardar para guardar con él los valores vigentes</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Deletes a preset of your own; the built-in ones stay</source>
        <translation>Elimina un preajuste propio; los integrados se mantienen</translation>
    </message>
    <message>
        <source>No preset is called &quot;%1&quot;: pick one from the list, or Save the values in effect under that name.</source>
        <translation>Ningún preajuste se llama &quot;%1&quot;: elija uno de la lista o guarde los valores vigentes con ese nombre.</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation>Precio por 1 M de tokens</translation>
    </message>
    <message>
        <source>This workload&apos;s price, kept in the settings (never with its key): each run&apos;s cost is its usage at this price</source>
        <translation>El precio de esta carga de trabajo, guardado en la configuración (nunca con su clave): el coste de cada ejecución es su uso a este precio</translation>
    </message>
    <message>
        <source>Price per million input tokens</source>
        <translation>Precio por millón de tokens de entrada</translation>
    </message>
    <message>
        <source>Price per million output tokens</source>
        <translation>Precio por millón de tokens de salida</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved</source>
        <translation>Preajuste &quot;%1&quot; guardado</translation>
    </message>
    <message>
        <source>In effect: your own values</source>
        <translation>Vigentes: sus propios valores</translation>
    </message>
    <message>
        <source>In effect: %1. Pick it again to restore its values.</source>
        <translation>Vigente: %1. Elíjalo de nuevo para restaurar sus valores.</translation>
    </message>
    <message>
        <source>In effect: %1</source>
        <translation>Vigente: %1</translation>
    </message>
    <message>
        <source>This conversation: no runs yet</source>
        <translation>Esta conversación: aún no hay ejecuciones</translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation>Esta conversación: %1</translation>
    </message>
    <message>
        <source>Nothing to regenerate: no user turn comes before this one.</source>
        <translation>Nada que regenerar: ningún turno del usuario precede a este.</translation>
    </message>
    <message>
        <source>Pick a chat workload in the sidebar to send here.</source>
        <translation>Elija una carga de trabajo de chat en la barra lateral para enviar aquí.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation>Las herramientas no son válidas: %1</translation>
    </message>
    <message>
        <source>Fix them in the Parameters panel, or empty the field to offer none.</source>
        <translation>Corríjalas en el panel Parámetros o vacíe el campo para no ofrecer ninguna.</translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation>El formato de respuesta no es válido: %1</translation>
    </message>
    <message>
        <source>Fix it on the Parameters page, or choose &quot;none&quot;.</source>
        <translation>Corríjalo en la página Parámetros o elija &quot;ninguno&quot;.</translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation>leyendo la clave…</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>esperando al servidor…</translation>
    </message>
    <message>
        <source>headers after %1</source>
        <translation>cabeceras tras %1</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation>detenida · se conserva la respuesta parcial</translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation>incompleta · el flujo se cortó antes del final</translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation>fallida · se conserva la respuesta parcial</translation>
    </message>
    <message numerus="yes">
        <source>done · no text: the model called %n tool(s)</source>
        <translation>
            <numerusform>terminada · sin texto: el modelo llamó a %n herramienta</numerusform>
            <numerusform>terminada · sin texto: el modelo llamó a %n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation>La petición falló</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation>recibiendo…</translation>
    </message>
    <message>
        <source>first after %1</source>
        <translation>primero tras %1</translation>
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
        <translation> · los argumentos no son un objeto JSON</translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation>cabeceras %1</translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation>primer token %1</translation>
    </message>
    <message>
        <source>gap median %1</source>
        <translation>mediana del intervalo %1</translation>
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
        <translation>razonamiento %1</translation>
    </message>
    <message>
        <source>mean logprob %1</source>
        <translation>logprob media %1</translation>
    </message>
    <message>
        <source>perplexity %1</source>
        <translation>perplejidad %1</translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation>fin %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>usage %1 prompt + %2 completion = %3</source>
        <translation>uso %1 de prompt + %2 de respuesta = %3</translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation>%1 de razonamiento</translation>
    </message>
    <message>
        <source>Structured output check</source>
        <translation>Comprobación de la salida estructurada</translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation>No enviada: %1.</translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation>Llamadas a herramientas:
%1</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation>&amp;Playground</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>%1 is a %2 workload: the playground talks to chat workloads. Pick one in the sidebar, or use the view that serves %2 workloads.</source>
        <translation>%1 es una carga de trabajo de %2: el playground trabaja con cargas de trabajo de chat. Elija una en la barra lateral o use la vista que atiende las cargas de trabajo de %2.</translation>
    </message>
</context>
<context>
    <name>ik::Presets</name>
    <message>
        <source>&quot;%1&quot; is a built-in preset: it cannot be overwritten or deleted. Save your values under another name.</source>
        <translation>&quot;%1&quot; es un preajuste integrado: no se puede sobrescribir ni eliminar. Guarde sus valores con otro nombre.</translation>
    </message>
    <message>
        <source>Type a name for the preset first: a preset is saved under its name.</source>
        <translation>Escriba primero un nombre para el preajuste: un preajuste se guarda con su nombre.</translation>
    </message>
    <message>
        <source>No preset is saved as &quot;%1&quot;.</source>
        <translation>No hay ningún preajuste guardado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (modificado)</translation>
    </message>
</context>
<context>
    <name>ik::Proxy</name>
    <message>
        <source>%1 is not a proxy URL: &quot;%2&quot; (expected http://host:port)</source>
        <translation>%1 no es una URL de proxy: &quot;%2&quot; (se esperaba http://host:puerto)</translation>
    </message>
</context>
<context>
    <name>ik::RerankModel</name>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
</context>
<context>
    <name>ik::ResponseFormatEditor</name>
    <message>
        <source>Response format</source>
        <translation>Formato de respuesta</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>estricto</translation>
    </message>
    <message>
        <source>none (plain text)</source>
        <translation>ninguno (texto sin formato)</translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation>Esquema JSON</translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation>Nombre del esquema</translation>
    </message>
    <message>
        <source>e.g. order</source>
        <translation>p. ej. pedido</translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}, &quot;required&quot;: [&quot;city&quot;]}</source>
        <translation>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}, &quot;required&quot;: [&quot;city&quot;]}</translation>
    </message>
    <message>
        <source>Answer as</source>
        <translation>Responder como</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Esquema</translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation>El formato de respuesta no es válido: %1</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalEval</name>
    <message>
        <source>Embedding with %1</source>
        <translation>Calculando embeddings con %1</translation>
    </message>
    <message>
        <source>load documents and queries first</source>
        <translation>cargue primero documentos y consultas</translation>
    </message>
    <message>
        <source>Reranking with %1</source>
        <translation>Reordenando con %1</translation>
    </message>
    <message>
        <source>the next rerank request could not be sent with the judged key</source>
        <translation>la siguiente petición de reordenación no pudo enviarse con la clave evaluada</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalQueryModel</name>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
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
        <translation>nDCG antes</translation>
    </message>
    <message>
        <source>Other&apos;s nDCG</source>
        <translation>nDCG de la otra</translation>
    </message>
    <message>
        <source>Won by</source>
        <translation>Ganada por</translation>
    </message>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>No encontrados</translation>
    </message>
    <message>
        <source>Retrieved instead</source>
        <translation>Recuperados en su lugar</translation>
    </message>
</context>
<context>
    <name>ik::RetrievalRankingModel</name>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Before rerank</source>
        <translation>Antes de reordenar</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevancia</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>relevant</source>
        <translation>relevante</translation>
    </message>
    <message>
        <source>in place of a relevant one</source>
        <translation>en lugar de uno relevante</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed</source>
        <translation>
            <numerusform>%1 “%2” según %3: nDCG@%4 %5, exhaustividad@%4 %6; %n relevante no encontrado</numerusform>
            <numerusform>%1 “%2” según %3: nDCG@%4 %5, exhaustividad@%4 %6; %n relevantes no encontrados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RetrievalSummaryModel</name>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Exhaustividad</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
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
        <translation>Tasa de aciertos</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganadas</translation>
    </message>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n empate</numerusform>
            <numerusform>%n empates</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, reranked</source>
        <translation>%1, reordenada</translation>
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
        <translation>%1 no respondió a tiempo: %2</translation>
    </message>
    <message>
        <source>The server may be overloaded or starting; retry, or raise the timeout.</source>
        <translation>Puede que el servidor esté sobrecargado o arrancando; reintente o aumente el tiempo de espera.</translation>
    </message>
    <message>
        <source>could not connect to %1: connection refused</source>
        <translation>no se pudo conectar con %1: conexión rechazada</translation>
    </message>
    <message>
        <source>Is the server running? Check the base URL and its port.</source>
        <translation>¿Está en marcha el servidor? Compruebe la URL base y su puerto.</translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation>no se encontró el host %1</translation>
    </message>
    <message>
        <source>Check the host name in the base URL.</source>
        <translation>Compruebe el nombre de host de la URL base.</translation>
    </message>
    <message>
        <source>could not talk to %1: %2</source>
        <translation>no se pudo comunicar con %1: %2</translation>
    </message>
    <message>
        <source>Check the base URL; certificate verification stays on.</source>
        <translation>Compruebe la URL base; la verificación de certificados sigue activada.</translation>
    </message>
    <message>
        <source>no response from %1: %2</source>
        <translation>sin respuesta de %1: %2</translation>
    </message>
    <message>
        <source>Check the network, the base URL, and that the server is up.</source>
        <translation>Compruebe la red, la URL base y que el servidor está en marcha.</translation>
    </message>
    <message>
        <source>cancelled; the text received so far is kept</source>
        <translation>cancelada; se conserva el texto recibido hasta ahora</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>Ejecútela de nuevo cuando quiera.</translation>
    </message>
    <message>
        <source>no response from %1 within %2 ms</source>
        <translation>sin respuesta de %1 en %2 ms</translation>
    </message>
    <message>
        <source>The server may be down or a cold workload may still be starting; retry, or raise the connect timeout.</source>
        <translation>Puede que el servidor esté caído o que una carga de trabajo en frío aún esté arrancando; reintente o aumente el tiempo de espera de conexión.</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 ms%2</source>
        <translation>el servidor no envió nada durante %1 ms%2</translation>
    </message>
    <message>
        <source>; the text received so far is kept</source>
        <translation>; se conserva el texto recibido hasta ahora</translation>
    </message>
    <message>
        <source>The stream stalled; retry, or raise the idle timeout.</source>
        <translation>El flujo se detuvo; reintente o aumente el tiempo de inactividad.</translation>
    </message>
    <message>
        <source>the response body exceeded %1 MiB</source>
        <translation>el cuerpo de la respuesta superó %1 MiB</translation>
    </message>
    <message>
        <source>Ask for less at once (fewer inputs).</source>
        <translation>Pida menos de una vez (menos entradas).</translation>
    </message>
    <message>
        <source>one event exceeded %1 MiB</source>
        <translation>un evento superó %1 MiB</translation>
    </message>
    <message>
        <source>The server broke the stream format; the text received so far is kept.</source>
        <translation>El servidor rompió el formato del flujo; se conserva el texto recibido hasta ahora.</translation>
    </message>
    <message>
        <source>refused a redirect to another host (%1): the key is never sent there</source>
        <translation>se rechazó una redirección a otro host (%1): la clave nunca se envía allí</translation>
    </message>
    <message>
        <source>Point the base URL at the server that answers directly, if you trust it.</source>
        <translation>Haga que la URL base apunte al servidor que responde directamente, si confía en él.</translation>
    </message>
    <message>
        <source>the stream closed before [DONE] after %1 chunk(s)</source>
        <translation>el flujo se cerró antes de [DONE] tras %1 fragmento(s)</translation>
    </message>
    <message>
        <source>The answer is incomplete: the server or the network cut the stream. Run it again.</source>
        <translation>La respuesta está incompleta: el servidor o la red cortaron el flujo. Ejecútela de nuevo.</translation>
    </message>
    <message>
        <source>the connection broke while reading the response: %1</source>
        <translation>la conexión se rompió mientras se leía la respuesta: %1</translation>
    </message>
    <message>
        <source>Run it again; check the network if it repeats.</source>
        <translation>Ejecútela de nuevo; compruebe la red si se repite.</translation>
    </message>
</context>
<context>
    <name>ik::RunSession</name>
    <message>
        <source>%1 is a %2 workload</source>
        <translation>%1 es una carga de trabajo de %2</translation>
    </message>
    <message>
        <source>This needs a %1 workload; pick one in the sidebar.</source>
        <translation>Esto necesita una carga de trabajo de %1; elija una en la barra lateral.</translation>
    </message>
    <message>
        <source>Fix or remove the CA file of this base URL in Settings → Network.</source>
        <translation>Corrija o quite el archivo de CA de esta URL base en Configuración → Red.</translation>
    </message>
</context>
<context>
    <name>ik::SidePanel</name>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation>Panel %1</translation>
    </message>
</context>
<context>
    <name>ik::StreamView</name>
    <message>
        <source>Answer (raw text)</source>
        <translation>Respuesta (texto sin procesar)</translation>
    </message>
    <message>
        <source>Answer (rendered Markdown)</source>
        <translation>Respuesta (Markdown representado)</translation>
    </message>
    <message>
        <source>Answer state</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Answer warning</source>
        <translation>Advertencia de la respuesta</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Show the exact text that came back instead of rendered Markdown</source>
        <translation>Mostrar el texto exacto recibido en lugar del Markdown representado</translation>
    </message>
    <message>
        <source>Show raw text</source>
        <translation>Mostrar texto sin procesar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the answer as text; the arrow also offers the exact raw text</source>
        <translation>Copiar la respuesta como texto; la flecha ofrece también el texto exacto sin procesar</translation>
    </message>
    <message>
        <source>Copy the answer as text</source>
        <translation>Copiar la respuesta como texto</translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation>Copiar sin procesar</translation>
    </message>
    <message>
        <source>Copy the exact answer</source>
        <translation>Copiar la respuesta exacta</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Tint by probability</source>
        <translation>Teñir por probabilidad</translation>
    </message>
    <message>
        <source>Tint the answer by token probability</source>
        <translation>Teñir la respuesta según la probabilidad de los tokens</translation>
    </message>
    <message>
        <source>Tint each token by its probability; hover or click a token for its alternatives</source>
        <translation>Teñir cada token según su probabilidad; pase el ratón o haga clic en un token para ver sus alternativas</translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation>Advertencia: %1.</translation>
    </message>
    <message>
        <source> · too long to render as Markdown: showing raw text</source>
        <translation> · demasiado larga para representarla como Markdown: se muestra el texto sin procesar</translation>
    </message>
    <message>
        <source>Regenerate from here with %1 in place of %2</source>
        <translation>Regenerar desde aquí con %1 en lugar de %2</translation>
    </message>
    <message>
        <source>Regenerate with %1</source>
        <translation>Regenerar con %1</translation>
    </message>
</context>
<context>
    <name>ik::ThinkingBlock</name>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Mostrar u ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>El razonamiento del modelo</translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Thinking · %1</source>
        <translation>Razonamiento · %1</translation>
    </message>
</context>
<context>
    <name>ik::ThumbnailStrip</name>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
</context>
<context>
    <name>ik::TlsError</name>
    <message>
        <source>an unnamed issuer</source>
        <translation>un emisor sin nombre</translation>
    </message>
    <message>
        <source>If that CA is yours (a self-hosted or staging deployment), trust it: ik-call --ca-file CA.pem, or add it to the system&apos;s store (update-ca-certificates). Certificate verification is never switched off.</source>
        <translation>Si esa CA es suya (un despliegue propio o de preproducción), confíe en ella: ik-call --ca-file CA.pem, o añádala al almacén del sistema (update-ca-certificates). La verificación de certificados nunca se desactiva.</translation>
    </message>
    <message>
        <source>the certificate of %1 is for %2, not for %3</source>
        <translation>el certificado de %1 es para %2, no para %3</translation>
    </message>
    <message>
        <source>Use a host name the certificate names in the base URL, or give the server a certificate for %1.</source>
        <translation>Use en la URL base un nombre de host que figure en el certificado, o dé al servidor un certificado para %1.</translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation>el certificado de %1 caducó el %2</translation>
    </message>
    <message>
        <source>The server&apos;s certificate must be renewed (check this machine&apos;s clock too).</source>
        <translation>Hay que renovar el certificado del servidor (compruebe también el reloj de este equipo).</translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by “%2”, which this machine does not trust</source>
        <translation>el certificado de %1 lo emitió “%2”, en quien este equipo no confía</translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation>se rechazó el certificado de %1: %2</translation>
    </message>
</context>
<context>
    <name>ik::ToolCallCards</name>
    <message>
        <source>Send results</source>
        <translation>Enviar resultados</translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation>Llamadas a herramientas</translation>
    </message>
    <message>
        <source>Append a tool message with each result and continue the run</source>
        <translation>Añadir un mensaje de herramienta con cada resultado y continuar la ejecución</translation>
    </message>
    <message numerus="yes">
        <source>The model called %n tool(s): answer each call, then send the results.</source>
        <translation>
            <numerusform>El modelo llamó a %n herramienta: responda a la llamada y envíe los resultados.</numerusform>
            <numerusform>El modelo llamó a %n herramientas: responda a cada llamada y envíe los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the call</source>
        <translation>Resultado de la llamada</translation>
    </message>
    <message>
        <source>The result to send back, e.g. {&quot;temp&quot;: 21}</source>
        <translation>El resultado que se devuelve, p. ej. {&quot;temp&quot;: 21}</translation>
    </message>
    <message>
        <source>Auto-answer with this</source>
        <translation>Responder siempre con esto</translation>
    </message>
    <message>
        <source>Keep this result for the tool: later calls to it are answered with it</source>
        <translation>Conservar este resultado para la herramienta: las llamadas posteriores a ella se responden con él</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sin id</translation>
    </message>
    <message>
        <source>(no arguments)</source>
        <translation>(sin argumentos)</translation>
    </message>
</context>
<context>
    <name>ik::ToolCallsModel</name>
    <message>
        <source>arguments arriving…</source>
        <translation>llegando los argumentos…</translation>
    </message>
    <message>
        <source>there are no tool calls to answer</source>
        <translation>no hay llamadas a herramientas que responder</translation>
    </message>
    <message>
        <source>the calls are still arriving</source>
        <translation>las llamadas aún están llegando</translation>
    </message>
    <message>
        <source>no result yet for %1: type one, or use a canned result</source>
        <translation>aún no hay resultado para %1: escriba uno o use un resultado predefinido</translation>
    </message>
</context>
<context>
    <name>ik::ToolsEditor</name>
    <message>
        <source>Tools (JSON)</source>
        <translation>Herramientas (JSON)</translation>
    </message>
    <message>
        <source>Tools the model may call, a JSON array, e.g.
[{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: &quot;get_weather&quot;, &quot;parameters&quot;: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}}}}]</source>
        <translation>Herramientas que el modelo puede llamar, un array JSON, p. ej.
[{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: &quot;get_weather&quot;, &quot;parameters&quot;: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}}}}]</translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation>Elección de herramienta</translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation>Llamadas a herramientas en paralelo</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valor del servidor</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>permitidas</translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation>de una en una</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Parallel calls</source>
        <translation>Llamadas en paralelo</translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation>No es válido; no se envía nada hasta corregirlo: %1</translation>
    </message>
    <message>
        <source>No tools: the request offers none.</source>
        <translation>Sin herramientas: la petición no ofrece ninguna.</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n herramienta: %1</numerusform>
            <numerusform>%n herramientas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>solo %1</translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation>Las herramientas no son válidas: %1</translation>
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
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit as branch</source>
        <translation>Editar como rama</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Fork</source>
        <translation>Bifurcar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation>Editar como una rama nueva</translation>
    </message>
    <message>
        <source>Edit turn</source>
        <translation>Editar turno</translation>
    </message>
</context>
<context>
    <name>ik::TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Edit in place</source>
        <translation>Editar en el sitio</translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation>Editar como una rama nueva</translation>
    </message>
    <message>
        <source>Regenerate from here</source>
        <translation>Regenerar desde aquí</translation>
    </message>
    <message>
        <source>Fork a branch here</source>
        <translation>Bifurcar una rama aquí</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Raw / Markdown</source>
        <translation>Sin procesar / Markdown</translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation>Alternativa anterior</translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation>Alternativa siguiente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>ik::Wire</name>
    <message>
        <source>a request header has no name</source>
        <translation>una cabecera de la petición no tiene nombre</translation>
    </message>
    <message>
        <source>a request header holds a control character (a line break, NUL or another one): it would split into more headers on the wire</source>
        <translation>una cabecera de la petición contiene un carácter de control (un salto de línea, NUL u otro): se partiría en varias cabeceras al enviarse</translation>
    </message>
    <message>
        <source>a request header&apos;s name holds a character a header name may not (a space, &apos;:&apos; or another separator)</source>
        <translation>el nombre de una cabecera de la petición contiene un carácter no permitido en un nombre de cabecera (un espacio, &apos;:&apos; u otro separador)</translation>
    </message>
    <message>
        <source>the model field holds a credential (%1), not a workload slug</source>
        <translation>el campo model contiene una credencial (%1), no el slug de una carga de trabajo</translation>
    </message>
    <message>
        <source>Put the workload slug in the workload field and the key in the key field.</source>
        <translation>Ponga el slug de la carga de trabajo en el campo de la carga de trabajo y la clave en el campo de la clave.</translation>
    </message>
    <message>
        <source>the %1 response is not valid JSON (%2 at byte %3): %4</source>
        <translation>la respuesta %1 no es JSON válido (%2 en el byte %3): %4</translation>
    </message>
    <message>
        <source>the %1 response is not a JSON object: %2</source>
        <translation>la respuesta %1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>%1 must be %2 %3 and at most %4 (got %5)</source>
        <translation>%1 debe ser %2 %3 y como máximo %4 (se obtuvo %5)</translation>
    </message>
    <message>
        <source>greater than</source>
        <translation>mayor que</translation>
    </message>
    <message>
        <source>provide either prompt or messages, not both</source>
        <translation>indique prompt o messages, no ambos</translation>
    </message>
    <message>
        <source>provide either prompt or messages</source>
        <translation>indique prompt o messages</translation>
    </message>
    <message>
        <source>prompt must not be blank</source>
        <translation>prompt no debe estar vacío</translation>
    </message>
    <message>
        <source>messages[%1].role must be system, user, assistant or tool (got &apos;%2&apos;)</source>
        <translation>messages[%1].role debe ser system, user, assistant o tool (se obtuvo &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>messages[%1] (tool) has no tool_call_id</source>
        <translation>messages[%1] (tool) no tiene tool_call_id</translation>
    </message>
    <message>
        <source>messages[%1].content must not be blank</source>
        <translation>messages[%1].content no debe estar vacío</translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got %1)</source>
        <translation>max_tokens debe ser al menos 1 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>stop[%1] must not be empty</source>
        <translation>stop[%1] no debe estar vacío</translation>
    </message>
    <message>
        <source>the chat response has an empty choices list</source>
        <translation>la respuesta de chat tiene una lista choices vacía</translation>
    </message>
    <message>
        <source>the chat response has no choices list</source>
        <translation>la respuesta de chat no tiene lista choices</translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] is not an object</source>
        <translation>choices[0] de la respuesta de chat no es un objeto</translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] has no message</source>
        <translation>choices[0] de la respuesta de chat no tiene message</translation>
    </message>
    <message>
        <source>the chat response&apos;s message content is not text</source>
        <translation>el contenido del mensaje de la respuesta de chat no es texto</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>a response format is a JSON object: a schema, or {&quot;type&quot;: ...}</source>
        <translation>un formato de respuesta es un objeto JSON: un esquema, o {&quot;type&quot;: ...}</translation>
    </message>
    <message>
        <source>&quot;type&quot;: &quot;json_schema&quot; needs a &quot;json_schema&quot; object {&quot;name&quot;, &quot;schema&quot;, &quot;strict&quot;}</source>
        <translation>&quot;type&quot;: &quot;json_schema&quot; necesita un objeto &quot;json_schema&quot; {&quot;name&quot;, &quot;schema&quot;, &quot;strict&quot;}</translation>
    </message>
    <message>
        <source>json_schema.schema must be a JSON Schema object</source>
        <translation>json_schema.schema debe ser un objeto JSON Schema</translation>
    </message>
    <message>
        <source>response_format.json_schema.name must be 1 to 64 letters, digits, _ or - (got &apos;%1&apos;)</source>
        <translation>response_format.json_schema.name debe tener de 1 a 64 letras, cifras, _ o - (se obtuvo &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>response_format.json_schema.schema must be a JSON Schema object</source>
        <translation>response_format.json_schema.schema debe ser un objeto JSON Schema</translation>
    </message>
    <message>
        <source>messages[%1] (%2) carries images: only user turns may</source>
        <translation>messages[%1] (%2) lleva imágenes: solo pueden llevarlas los turnos del usuario</translation>
    </message>
    <message>
        <source>messages[%1] image %2 (%3) was not loaded: reopen the run from history, or attach it again</source>
        <translation>la imagen %2 de messages[%1] (%3) no se cargó: reabra la ejecución desde el historial o adjúntela de nuevo</translation>
    </message>
    <message>
        <source>messages[%1] image %2 is larger than 20 MB</source>
        <translation>la imagen %2 de messages[%1] supera los 20 MB</translation>
    </message>
    <message>
        <source>tools must be a JSON array of function tools</source>
        <translation>tools debe ser un array JSON de herramientas de función</translation>
    </message>
    <message>
        <source>tool_choice names no function</source>
        <translation>tool_choice no nombra ninguna función</translation>
    </message>
    <message>
        <source>top_logprobs must be from 0 to %1 (got %2)</source>
        <translation>top_logprobs debe estar entre 0 y %1 (se obtuvo %2)</translation>
    </message>
    <message>
        <source>top_logprobs needs logprobs: turn logprobs on, or leave top_logprobs unset</source>
        <translation>top_logprobs necesita logprobs: active logprobs o deje top_logprobs sin definir</translation>
    </message>
    <message>
        <source>a continuation needs an assistant message last (the prefix the answer continues)</source>
        <translation>una continuación necesita un mensaje del asistente al final (el prefijo que continúa la respuesta)</translation>
    </message>
    <message>
        <source>input must not be empty: give at least one text</source>
        <translation>input no debe estar vacío: indique al menos un texto</translation>
    </message>
    <message>
        <source>input holds %1 texts; the server takes at most %2 per request: send them in batches of %2</source>
        <translation>input contiene %1 textos; el servidor admite como máximo %2 por petición: envíelos en lotes de %2</translation>
    </message>
    <message>
        <source>input must not be blank</source>
        <translation>input no debe estar vacío</translation>
    </message>
    <message>
        <source>input[%1] must not be blank</source>
        <translation>input[%1] no debe estar vacío</translation>
    </message>
    <message>
        <source>the embeddings response has no data list</source>
        <translation>la respuesta de embeddings no tiene lista data</translation>
    </message>
    <message>
        <source>data[%1] has no valid index</source>
        <translation>data[%1] no tiene un index válido</translation>
    </message>
    <message>
        <source>data[%1].embedding is a string (base64?), not a list of numbers</source>
        <translation>data[%1].embedding es una cadena (¿base64?), no una lista de números</translation>
    </message>
    <message>
        <source>data[%1] has no embedding list</source>
        <translation>data[%1] no tiene lista embedding</translation>
    </message>
    <message>
        <source>data[%1].embedding[%2] is not a number</source>
        <translation>data[%1].embedding[%2] no es un número</translation>
    </message>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation>el servidor devolvió %1 vectores para %2 entradas</translation>
    </message>
    <message>
        <source>data[%1] has index %2, outside 0..%3</source>
        <translation>data[%1] tiene el índice %2, fuera de 0..%3</translation>
    </message>
    <message>
        <source>index %1 appears more than once</source>
        <translation>el índice %1 aparece más de una vez</translation>
    </message>
    <message>
        <source>the vector at index 0 is empty</source>
        <translation>el vector del índice 0 está vacío</translation>
    </message>
    <message>
        <source>the vector at index %1 has %2 dimensions, the one at index 0 has %3</source>
        <translation>el vector del índice %1 tiene %2 dimensiones; el del índice 0 tiene %3</translation>
    </message>
    <message>
        <source>query must not be blank</source>
        <translation>query no debe estar vacía</translation>
    </message>
    <message>
        <source>documents must not be empty: give at least one</source>
        <translation>documents no debe estar vacío: indique al menos uno</translation>
    </message>
    <message>
        <source>documents[%1] must not be blank</source>
        <translation>documents[%1] no debe estar vacío</translation>
    </message>
    <message>
        <source>top_n must be at least 1 (got %1)</source>
        <translation>top_n debe ser al menos 1 (se obtuvo %1)</translation>
    </message>
    <message>
        <source>the rerank response has no results list</source>
        <translation>la respuesta de reordenación no tiene lista results</translation>
    </message>
    <message>
        <source>results[%1] has no valid index</source>
        <translation>results[%1] no tiene un index válido</translation>
    </message>
    <message>
        <source>results[%1] has neither relevance_score nor score</source>
        <translation>results[%1] no tiene ni relevance_score ni score</translation>
    </message>
</context>
<context>
    <name>ik::Workloads</name>
    <message>
        <source>The %1 is required.</source>
        <translation>El %1 es obligatorio.</translation>
    </message>
    <message>
        <source>The %1 has spaces around it.</source>
        <translation>El %1 tiene espacios alrededor.</translation>
    </message>
    <message>
        <source>The %1 looks like a key: keys go in the key field, never in a slug.</source>
        <translation>El %1 parece una clave: las claves van en el campo de la clave, nunca en un slug.</translation>
    </message>
    <message>
        <source>The %1 may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, not %2.</source>
        <translation>El %1 solo admite letras, cifras, &apos;-&apos;, &apos;_&apos; y &apos;.&apos;, no %2.</translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation>El %1 debe empezar por una letra o una cifra.</translation>
    </message>
    <message>
        <source>The %1 is longer than 100 characters.</source>
        <translation>El %1 tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>The base URL is required, e.g. https://api.inferencekey.com.</source>
        <translation>La URL base es obligatoria, p. ej. https://api.inferencekey.com.</translation>
    </message>
    <message>
        <source>The base URL looks like it holds a key: keys go in the key field.</source>
        <translation>La URL base parece contener una clave: las claves van en el campo de la clave.</translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation>Esta no es una URL válida.</translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local server).</source>
        <translation>La URL base debe empezar por https:// (o http:// para un servidor local).</translation>
    </message>
    <message>
        <source>The base URL has no host.</source>
        <translation>La URL base no tiene host.</translation>
    </message>
    <message>
        <source>The base URL must not hold a user name or password.</source>
        <translation>La URL base no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The base URL must not have a query (?) or fragment (#).</source>
        <translation>La URL base no debe tener consulta (?) ni fragmento (#).</translation>
    </message>
    <message>
        <source>Plain http:// to %1: keys are only sent over https (or to this computer), so calls will be blocked.</source>
        <translation>http:// sin cifrar hacia %1: las claves solo se envían por https (o a este equipo), así que las llamadas se bloquearán.</translation>
    </message>
    <message>
        <source>The name looks like a key: keys go in the key field.</source>
        <translation>El nombre parece una clave: las claves van en el campo de la clave.</translation>
    </message>
    <message>
        <source>project slug</source>
        <translation>slug del proyecto</translation>
    </message>
    <message>
        <source>workload slug</source>
        <translation>slug de la carga de trabajo</translation>
    </message>
    <message>
        <source>Not a workloads file: %1 at byte %2.</source>
        <translation>No es un archivo de cargas de trabajo: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>Not a workloads file: expected a &quot;workloads&quot; list.</source>
        <translation>No es un archivo de cargas de trabajo: se esperaba una lista &quot;workloads&quot;.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: workload files never hold keys; add the key in the workload&apos;s key field (it goes to the keychain).</source>
        <translation>%1: campo &quot;%2&quot; rechazado: los archivos de cargas de trabajo nunca contienen claves; añada la clave en el campo de la clave de la carga de trabajo (va al llavero).</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: its value looks like an InferenceKey credential (%3), and keys never go in workload files.</source>
        <translation>%1: campo &quot;%2&quot; rechazado: su valor parece una credencial de InferenceKey (%3), y las claves nunca van en archivos de cargas de trabajo.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; ignored.</source>
        <translation>%1: campo desconocido &quot;%2&quot; ignorado.</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; ignored: it is not text.</source>
        <translation>%1: campo &quot;%2&quot; ignorado: no es texto.</translation>
    </message>
    <message>
        <source>%1: skipped, unknown kind &quot;%2&quot;.</source>
        <translation>%1: omitida, tipo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: skipped, it is not an object.</source>
        <translation>%1: omitida, no es un objeto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>un espacio</translation>
    </message>
</context>
<context>
    <name>ik::embed::AnnIndex</name>
    <message>
        <source>the neighbour index failed: %1</source>
        <translation>el índice de vecinos falló: %1</translation>
    </message>
    <message>
        <source>there are no vectors to index; load or embed a set first</source>
        <translation>no hay vectores que indexar; cargue o calcule primero un conjunto</translation>
    </message>
    <message>
        <source>%1 values do not make %2 vectors of %3 dimensions</source>
        <translation>%1 valores no forman %2 vectores de %3 dimensiones</translation>
    </message>
    <message>
        <source>the graph needs M &gt;= 2 and efConstruction &gt;= 1</source>
        <translation>el grafo necesita M &gt;= 2 y efConstruction &gt;= 1</translation>
    </message>
    <message>
        <source>not enough memory for an index of %1 vectors (%2)</source>
        <translation>no hay memoria suficiente para un índice de %1 vectores (%2)</translation>
    </message>
    <message>
        <source>row %1 holds NaN or infinity; fix or drop it before indexing</source>
        <translation>la fila %1 contiene NaN o infinito; corríjala o quítela antes de indexar</translation>
    </message>
    <message>
        <source>the neighbour index is empty; build it first</source>
        <translation>el índice de vecinos está vacío; constrúyalo primero</translation>
    </message>
    <message>
        <source>the query has %1 values but the index holds %2-dimensional vectors; embed the query with the same workload and model</source>
        <translation>la consulta tiene %1 valores pero el índice contiene vectores de %2 dimensiones; calcule la consulta con la misma carga de trabajo y el mismo modelo</translation>
    </message>
    <message>
        <source>the query holds NaN or infinity</source>
        <translation>la consulta contiene NaN o infinito</translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but the index holds %n vector(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 pero el índice contiene %n vector; elija k entre 1 y %n</numerusform>
            <numerusform>k = %1 pero el índice contiene %n vectores; elija k entre 1 y %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but each row has %n other row(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 pero cada fila tiene %n fila más; elija k entre 1 y %n</numerusform>
            <numerusform>k = %1 pero cada fila tiene %n filas más; elija k entre 1 y %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::embed::Cluster</name>
    <message>
        <source>k is %1: ask for at least 1 cluster</source>
        <translation>k es %1: pida al menos 1 grupo</translation>
    </message>
    <message>
        <source>k is %1 but there are only %2 rows: ask for at most %2 clusters</source>
        <translation>k es %1 pero solo hay %2 filas: pida como mucho %2 grupos</translation>
    </message>
    <message>
        <source>restarts is %1: run at least once</source>
        <translation>restarts es %1: ejecute al menos una vez</translation>
    </message>
    <message>
        <source>maxIterations is %1: allow at least 1 iteration</source>
        <translation>maxIterations es %1: permita al menos 1 iteración</translation>
    </message>
    <message>
        <source>k from %1 to %2 cannot be scored by silhouette on %3 rows: choose 2 &lt;= from &lt;= to &lt;= %4 (rows - 1)</source>
        <translation>k de %1 a %2 no se puede puntuar por silueta con %3 filas: elija 2 &lt;= desde &lt;= hasta &lt;= %4 (filas - 1)</translation>
    </message>
    <message>
        <source>%1 labels for %2 cluster ids: give one label per clustered row</source>
        <translation>%1 etiquetas para %2 ids de grupo: dé una etiqueta por fila agrupada</translation>
    </message>
    <message>
        <source>cluster id %1 is negative: ids start at 0</source>
        <translation>el id de grupo %1 es negativo: los ids empiezan en 0</translation>
    </message>
</context>
<context>
    <name>ik::embed::KnnGraph</name>
    <message>
        <source>there are no vectors: load or embed some inputs first</source>
        <translation>no hay vectores: cargue o calcule primero algunas entradas</translation>
    </message>
    <message>
        <source>the vectors have no dimensions: each row needs at least one value</source>
        <translation>los vectores no tienen dimensiones: cada fila necesita al menos un valor</translation>
    </message>
    <message>
        <source>the vectors are missing (no data for %1 rows)</source>
        <translation>faltan los vectores (sin datos para %1 filas)</translation>
    </message>
    <message>
        <source>row %1, dimension %2 is %3: every value must be a finite number</source>
        <translation>fila %1, dimensión %2 es %3: cada valor debe ser un número finito</translation>
    </message>
    <message>
        <source>the neighbour graph needs at least 2 rows, it has %1</source>
        <translation>el grafo de vecinos necesita al menos 2 filas, tiene %1</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; it needs between 1 and %2 (rows - 1)</source>
        <translation>el grafo de vecinos tiene %1 vecinos por fila; necesita entre 1 y %2 (filas - 1)</translation>
    </message>
    <message>
        <source>the neighbour graph should hold %1 x %2 entries, it holds %3 indices and %4 distances</source>
        <translation>el grafo de vecinos debería tener %1 x %2 entradas, tiene %3 índices y %4 distancias</translation>
    </message>
    <message>
        <source>row %1&apos;s neighbour %2 is %3, which is not another row</source>
        <translation>el vecino %2 de la fila %1 es %3, que no es otra fila</translation>
    </message>
    <message>
        <source>row %1&apos;s distance to row %2 is %3: distances must be finite and non-negative</source>
        <translation>la distancia de la fila %1 a la fila %2 es %3: las distancias deben ser finitas y no negativas</translation>
    </message>
    <message>
        <source>%1 neighbours asked of %2 rows: choose between 1 and %3 (rows - 1)</source>
        <translation>%1 vecinos pedidos de %2 filas: elija entre 1 y %3 (filas - 1)</translation>
    </message>
</context>
<context>
    <name>ik::embed::Tsne</name>
    <message>
        <source>perplexity is %1: use at least 1 (5 to 50 is usual)</source>
        <translation>la perplejidad es %1: use al menos 1 (lo habitual es de 5 a 50)</translation>
    </message>
    <message>
        <source>perplexity %1 needs %2 neighbours per row but there are only %3 rows: lower it to at most %4 or add rows</source>
        <translation>la perplejidad %1 necesita %2 vecinos por fila pero solo hay %3 filas: bájela como mucho a %4 o añada filas</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; perplexity %2 needs %3: build it with more neighbours or lower the perplexity</source>
        <translation>el grafo de vecinos tiene %1 vecinos por fila; la perplejidad %2 necesita %3: constrúyalo con más vecinos o baje la perplejidad</translation>
    </message>
    <message>
        <source>%1 components: t-SNE lays out in 2 or 3</source>
        <translation>%1 componentes: t-SNE dispone en 2 o 3</translation>
    </message>
    <message>
        <source>iterations, theta, the learning rate and the exaggeration must not be negative</source>
        <translation>las iteraciones, theta, la tasa de aprendizaje y la exageración no deben ser negativas</translation>
    </message>
</context>
<context>
    <name>ik::embed::Umap</name>
    <message>
        <source>n_neighbors is %1: use at least 2</source>
        <translation>n_neighbors es %1: use al menos 2</translation>
    </message>
    <message>
        <source>n_neighbors is %1 but there are only %2 rows: choose at most %3</source>
        <translation>n_neighbors es %1 pero solo hay %2 filas: elija como mucho %3</translation>
    </message>
    <message>
        <source>the neighbour graph has %1 neighbours per row; n_neighbors = %2 needs %3: build it with more neighbours or lower n_neighbors</source>
        <translation>el grafo de vecinos tiene %1 vecinos por fila; n_neighbors = %2 necesita %3: constrúyalo con más vecinos o baje n_neighbors</translation>
    </message>
    <message>
        <source>min_dist %1 and spread %2: need 0 &lt;= min_dist &lt;= spread and spread &gt; 0</source>
        <translation>min_dist %1 y spread %2: se necesita 0 &lt;= min_dist &lt;= spread y spread &gt; 0</translation>
    </message>
    <message>
        <source>%1 components: UMAP lays out in 2 or 3</source>
        <translation>%1 componentes: UMAP dispone en 2 o 3</translation>
    </message>
    <message>
        <source>epochs and negative samples must be &gt;= 0 and the learning rate &gt; 0</source>
        <translation>las épocas y las muestras negativas deben ser &gt;= 0 y la tasa de aprendizaje &gt; 0</translation>
    </message>
    <message>
        <source>the starting layout has %1 values; it needs %2 rows x %3 components</source>
        <translation>la disposición inicial tiene %1 valores; necesita %2 filas x %3 componentes</translation>
    </message>
</context>
<context>
    <name>ik::embed::VectorSet</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, column %2 is %3; every value must be a finite number: drop or fix that row (numpy: np.nan_to_num) and save again</source>
        <translation>%1, la columna %2 es %3; cada valor debe ser un número finito: quite o corrija esa fila (numpy: np.nan_to_num) y guarde de nuevo</translation>
    </message>
    <message>
        <source>the array is stored in Fortran (column-major) order; save it in C order: np.save(path, np.ascontiguousarray(a))</source>
        <translation>la matriz está guardada en orden Fortran (por columnas); guárdela en orden C: np.save(path, np.ascontiguousarray(a))</translation>
    </message>
    <message>
        <source>the values are %1, not little-endian float32 or float64; convert them: np.save(path, a.astype(&apos;&lt;f4&apos;))</source>
        <translation>los valores son %1, no float32 ni float64 little-endian; conviértalos: np.save(path, a.astype(&apos;&lt;f4&apos;))</translation>
    </message>
    <message>
        <source>the array has shape %1; it must be 2-D, one row per vector (n, d): np.save(path, a.reshape(n, -1))</source>
        <translation>la matriz tiene forma %1; debe ser 2-D, una fila por vector (n, d): np.save(path, a.reshape(n, -1))</translation>
    </message>
    <message>
        <source>the array has shape %1 and holds no vectors</source>
        <translation>la matriz tiene forma %1 y no contiene vectores</translation>
    </message>
    <message>
        <source>the array has shape %1, too large to inspect</source>
        <translation>la matriz tiene forma %1, demasiado grande para inspeccionarla</translation>
    </message>
    <message>
        <source>the file is empty; save an array with numpy.save</source>
        <translation>el archivo está vacío; guarde una matriz con numpy.save</translation>
    </message>
    <message>
        <source>the header says shape %1 (%2 bytes of data) but the file holds %3 bytes after it; the file is truncated or was not written by numpy.save</source>
        <translation>la cabecera indica la forma %1 (%2 bytes de datos) pero el archivo tiene %3 bytes después; el archivo está truncado o no lo escribió numpy.save</translation>
    </message>
    <message>
        <source>row %1 (a[%1])</source>
        <translation>fila %1 (a[%1])</translation>
    </message>
    <message>
        <source>line %1: no vector; put it in &quot;embedding&quot; (or &quot;vector&quot;) as an array of numbers</source>
        <translation>línea %1: sin vector; póngalo en &quot;embedding&quot; (o &quot;vector&quot;) como una matriz de números</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is an empty array</source>
        <translation>línea %1: &quot;%2&quot; es una matriz vacía</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; has %3 values but line %4 has %5; every vector must have the same length (ragged rows)</source>
        <translation>línea %1: &quot;%2&quot; tiene %3 valores pero la línea %4 tiene %5; todos los vectores deben tener la misma longitud (filas desiguales)</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; value %3 is not a number</source>
        <translation>línea %1: el valor %3 de &quot;%2&quot; no es un número</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>line %1: id &quot;%2&quot; is already used on line %3; ids must be unique</source>
        <translation>línea %1: el id &quot;%2&quot; ya se usa en la línea %3; los ids deben ser únicos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; no es un número</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the float32 range</source>
        <translation>&quot;%1&quot; está fuera del rango de float32</translation>
    </message>
    <message>
        <source>the file is empty; write one vector per line, its values separated by tabs</source>
        <translation>el archivo está vacío; escriba un vector por línea, con sus valores separados por tabuladores</translation>
    </message>
    <message>
        <source>line %1 is empty; every line must hold one vector (remove blank lines)</source>
        <translation>la línea %1 está vacía; cada línea debe contener un vector (quite las líneas en blanco)</translation>
    </message>
    <message>
        <source>line %1 has %2 values but line 1 has %3; every vector must have the same length (ragged rows)</source>
        <translation>la línea %1 tiene %2 valores pero la línea 1 tiene %3; todos los vectores deben tener la misma longitud (filas desiguales)</translation>
    </message>
    <message>
        <source>line %1, column %2: %3%4</source>
        <translation>línea %1, columna %2: %3%4</translation>
    </message>
    <message>
        <source>; the vectors file has no header row (names go in the metadata file)</source>
        <translation>; el archivo de vectores no tiene fila de cabecera (los nombres van en el archivo de metadatos)</translation>
    </message>
    <message>
        <source>: the metadata file is empty; give one row per vector or no metadata</source>
        <translation>: el archivo de metadatos está vacío; dé una fila por vector o ningún metadato</translation>
    </message>
    <message>
        <source> after the header</source>
        <translation> tras la cabecera</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the file holds no vectors; write one JSON object per line with an &quot;embedding&quot; array</source>
        <translation>el archivo no contiene vectores; escriba un objeto JSON por línea con una matriz &quot;embedding&quot;</translation>
    </message>
    <message>
        <source>line %1 has no &quot;id&quot; while other lines do; give every line an id, or none</source>
        <translation>la línea %1 no tiene &quot;id&quot; mientras otras sí; dé un id a cada línea, o a ninguna</translation>
    </message>
    <message>
        <source>unknown kind of vector file; use .npy (NumPy), .jsonl (one {&quot;embedding&quot;: [...]} per line) or .tsv (Embedding Projector)</source>
        <translation>tipo de archivo de vectores desconocido; use .npy (NumPy), .jsonl (un {&quot;embedding&quot;: [...]} por línea) o .tsv (Embedding Projector)</translation>
    </message>
    <message numerus="yes">
        <source>: %n metadata row(s)%1 for %2 vectors; give exactly one row per vector, in the same order</source>
        <translation>
            <numerusform>: %n fila de metadatos%1 para %2 vectores; dé exactamente una fila por vector, en el mismo orden</numerusform>
            <numerusform>: %n filas de metadatos%1 para %2 vectores; dé exactamente una fila por vector, en el mismo orden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: line %1 has %n column(s) but the header names %2; give every row the header&apos;s columns</source>
        <translation>
            <numerusform>: la línea %1 tiene %n columna pero la cabecera nombra %2; dé a cada fila las columnas de la cabecera</numerusform>
            <numerusform>: la línea %1 tiene %n columnas pero la cabecera nombra %2; dé a cada fila las columnas de la cabecera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::eval</name>
    <message>
        <source>no stored workload is named &quot;%1&quot;; give its name or id, or project/slug</source>
        <translation>ninguna carga de trabajo guardada se llama &quot;%1&quot;; indique su nombre o id, o proyecto/slug</translation>
    </message>
    <message>
        <source>workload &quot;%1&quot;: %2</source>
        <translation>carga de trabajo &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>ik::eval::Assertions</name>
    <message>
        <source>the answer is %1</source>
        <translation>la respuesta es %1</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>se esperaba %1, se obtuvo %2</translation>
    </message>
    <message>
        <source>the answer contains &quot;%1&quot;</source>
        <translation>la respuesta contiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the answer %2</source>
        <translation>&quot;%1&quot; no está en la respuesta %2</translation>
    </message>
    <message>
        <source>the answer does not contain &quot;%1&quot;</source>
        <translation>la respuesta no contiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the answer contains &quot;%1&quot; at character %2</source>
        <translation>la respuesta contiene &quot;%1&quot; en el carácter %2</translation>
    </message>
    <message>
        <source>the pattern is not valid: %1</source>
        <translation>el patrón no es válido: %1</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>coincide: %1</translation>
    </message>
    <message>
        <source>/%1/ does not match the answer %2</source>
        <translation>/%1/ no coincide con la respuesta %2</translation>
    </message>
    <message>
        <source>the answer is valid JSON</source>
        <translation>la respuesta es JSON válido</translation>
    </message>
    <message>
        <source>the answer matches the schema</source>
        <translation>la respuesta cumple el esquema</translation>
    </message>
    <message>
        <source>the answer is not JSON: %1</source>
        <translation>la respuesta no es JSON: %1</translation>
    </message>
    <message>
        <source>the answer breaks the schema: %1</source>
        <translation>la respuesta no cumple el esquema: %1</translation>
    </message>
    <message>
        <source>%1 was called, not %2</source>
        <translation>se llamó a %1, no a %2</translation>
    </message>
    <message>
        <source>the arguments of %1 %2 do not match /%3/</source>
        <translation>los argumentos de %1 %2 no coinciden con /%3/</translation>
    </message>
    <message>
        <source>the arguments of %1 break the schema: %2</source>
        <translation>los argumentos de %1 no cumplen el esquema: %2</translation>
    </message>
    <message>
        <source>no tool was called</source>
        <translation>no se llamó a ninguna herramienta</translation>
    </message>
    <message>
        <source>no tool was called; expected %1</source>
        <translation>no se llamó a ninguna herramienta; se esperaba %1</translation>
    </message>
    <message>
        <source>%1 was called with %2</source>
        <translation>se llamó a %1 con %2</translation>
    </message>
    <message>
        <source>no token came</source>
        <translation>no llegó ningún token</translation>
    </message>
    <message>
        <source>the call never ended</source>
        <translation>la llamada nunca terminó</translation>
    </message>
    <message>
        <source>%1 took %2 ms; the limit is %3 ms</source>
        <translation>%1 tardó %2 ms; el límite es %3 ms</translation>
    </message>
    <message>
        <source>the first token</source>
        <translation>el primer token</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>the server sent no token counts (usage)</source>
        <translation>el servidor no envió recuentos de tokens (usage)</translation>
    </message>
    <message>
        <source>%1 %2 tokens; the limit is %3</source>
        <translation>%1 tokens %2; el límite es %3</translation>
    </message>
    <message>
        <source>total</source>
        <translation>en total</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>de respuesta</translation>
    </message>
    <message>
        <source>the cost is unknown: the workload has no price, or the server sent no usage</source>
        <translation>el coste es desconocido: la carga de trabajo no tiene precio o el servidor no envió el uso</translation>
    </message>
    <message>
        <source>cost %1; the limit is %2</source>
        <translation>coste %1; el límite es %2</translation>
    </message>
    <message>
        <source>the call failed: %1</source>
        <translation>la llamada falló: %1</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>esperando a %1</translation>
    </message>
    <message>
        <source>similarity %1 to the expected answer; the threshold is %2</source>
        <translation>similitud %1 con la respuesta esperada; el umbral es %2</translation>
    </message>
    <message>
        <source>the judge&apos;s reply holds no score: %1</source>
        <translation>la respuesta del juez no contiene ninguna puntuación: %1</translation>
    </message>
    <message>
        <source>graded %1 (threshold %2)%3</source>
        <translation>puntuación %1 (umbral %2)%3</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalDecider</name>
    <message>
        <source>the workload %1 is not known here</source>
        <translation>aquí no se conoce la carga de trabajo %1</translation>
    </message>
    <message>
        <source>the answer is empty: nothing to compare</source>
        <translation>la respuesta está vacía: no hay nada que comparar</translation>
    </message>
    <message>
        <source>the row has no expected answer to compare with</source>
        <translation>la fila no tiene una respuesta esperada con la que comparar</translation>
    </message>
    <message>
        <source>the call to %1 failed: %2</source>
        <translation>la llamada a %1 falló: %2</translation>
    </message>
    <message>
        <source>%1 sent %2 vectors for 2 texts</source>
        <translation>%1 envió %2 vectores para 2 textos</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalResultsModel</name>
    <message>
        <source>pass</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fallida</translation>
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
        <translation>el almacén de resultados no está abierto: %1</translation>
    </message>
    <message>
        <source>a run needs 1 to %1 workloads, one per workload of the set</source>
        <translation>una ejecución necesita de 1 a %1 cargas de trabajo, una por cada carga de trabajo del conjunto</translation>
    </message>
    <message>
        <source>%1 is a %2 workload; an evaluation runs against chat workloads</source>
        <translation>%1 es una carga de trabajo de %2; una evaluación se ejecuta contra cargas de trabajo de chat</translation>
    </message>
    <message>
        <source>the tools of %1: %2</source>
        <translation>las herramientas de %1: %2</translation>
    </message>
    <message>
        <source>cannot start a run in the results store: %1</source>
        <translation>no se puede iniciar una ejecución en el almacén de resultados: %1</translation>
    </message>
    <message>
        <source>not sent: the guard asks first (%1); send it from the window, or set RunOptions::confirmRisky</source>
        <translation>no enviada: la protección pide confirmación antes (%1); envíela desde la ventana, o active RunOptions::confirmRisky</translation>
    </message>
    <message>
        <source>cannot write a result: %1</source>
        <translation>no se puede escribir un resultado: %1</translation>
    </message>
</context>
<context>
    <name>ik::eval::EvalSet</name>
    <message>
        <source>needs &quot;%1&quot;: a number of at least 0</source>
        <translation>necesita &quot;%1&quot;: un número mayor o igual que 0</translation>
    </message>
    <message>
        <source>&quot;measure&quot; is one of %1, not &quot;%2&quot;</source>
        <translation>&quot;measure&quot; es uno de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>needs &quot;value&quot;: the text to look for</source>
        <translation>necesita &quot;value&quot;: el texto que buscar</translation>
    </message>
    <message>
        <source>needs &quot;pattern&quot;: a valid regular expression (%1)</source>
        <translation>necesita &quot;pattern&quot;: una expresión regular válida (%1)</translation>
    </message>
    <message>
        <source>needs &quot;schema&quot;: a JSON Schema object</source>
        <translation>necesita &quot;schema&quot;: un objeto JSON Schema</translation>
    </message>
    <message>
        <source>&quot;arguments_pattern&quot; is not a valid regular expression (%1)</source>
        <translation>&quot;arguments_pattern&quot; no es una expresión regular válida (%1)</translation>
    </message>
    <message>
        <source>&quot;arguments_schema&quot; must be a JSON Schema object</source>
        <translation>&quot;arguments_schema&quot; debe ser un objeto JSON Schema</translation>
    </message>
    <message>
        <source>needs &quot;workload&quot;: the workload that decides</source>
        <translation>necesita &quot;workload&quot;: la carga de trabajo que decide</translation>
    </message>
    <message>
        <source>needs &quot;rubric&quot;: what the judge grades the answer on</source>
        <translation>necesita &quot;rubric&quot;: el criterio con el que el juez puntúa la respuesta</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;</source>
        <translation>campo &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an assertion is an object {&quot;type&quot;: ..., ...}</source>
        <translation>una aserción es un objeto {&quot;type&quot;: ..., ...}</translation>
    </message>
    <message>
        <source>needs &quot;type&quot;: one of %1</source>
        <translation>necesita &quot;type&quot;: uno de %1</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot;: use one of %2</source>
        <translation>tipo desconocido &quot;%1&quot;: use uno de %2</translation>
    </message>
    <message>
        <source>the expected answer</source>
        <translation>la respuesta esperada</translation>
    </message>
    <message>
        <source>a tool called</source>
        <translation>una herramienta llamada</translation>
    </message>
    <message>
        <source>tool %1 called</source>
        <translation>herramienta %1 llamada</translation>
    </message>
    <message>
        <source>latency ≤ %1 ms (%2)</source>
        <translation>latencia ≤ %1 ms (%2)</translation>
    </message>
    <message>
        <source>tokens ≤ %1 (%2)</source>
        <translation>tokens ≤ %1 (%2)</translation>
    </message>
    <message>
        <source>cost ≤ $%1</source>
        <translation>coste ≤ $%1</translation>
    </message>
    <message>
        <source>similar to the expected answer ≥ %1 (%2)</source>
        <translation>similar a la respuesta esperada ≥ %1 (%2)</translation>
    </message>
    <message>
        <source>judged ≥ %1 by %2</source>
        <translation>puntuación ≥ %1 según %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un campo entre comillas nunca se cierra (falta una &quot;)</translation>
    </message>
    <message>
        <source>the CSV file has no header line naming its columns</source>
        <translation>el archivo CSV no tiene una línea de cabecera que nombre sus columnas</translation>
    </message>
    <message>
        <source>has %1 fields where the header names %2 columns (a comma inside a value needs the value in double quotes)</source>
        <translation>tiene %1 campos donde la cabecera nombra %2 columnas (un valor que contiene una coma debe ir entre comillas dobles)</translation>
    </message>
    <message>
        <source>is not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>is not a JSON object of variables</source>
        <translation>no es un objeto JSON de variables</translation>
    </message>
    <message>
        <source>cannot read the dataset: %1</source>
        <translation>no se puede leer el conjunto de datos: %1</translation>
    </message>
    <message>
        <source>a dataset is a .csv or .jsonl file, not .%1</source>
        <translation>un conjunto de datos es un archivo .csv o .jsonl, no .%1</translation>
    </message>
    <message>
        <source>the template uses {{%1}} but this row has no &quot;%1&quot; (columns: %2)</source>
        <translation>la plantilla usa {{%1}} pero esta fila no tiene &quot;%1&quot; (columnas: %2)</translation>
    </message>
    <message>
        <source>names the column &quot;%1&quot;, which the dataset does not have</source>
        <translation>nombra la columna &quot;%1&quot;, que el conjunto de datos no tiene</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is never used: no {{%1}} in the prompt or an assertion</source>
        <translation>la columna &quot;%1&quot; nunca se usa: no hay {{%1}} en el prompt ni en ninguna aserción</translation>
    </message>
    <message>
        <source>needs {&quot;system&quot;, &quot;user&quot;} or {&quot;messages&quot;: [...]}</source>
        <translation>necesita {&quot;system&quot;, &quot;user&quot;} o {&quot;messages&quot;: [...]}</translation>
    </message>
    <message>
        <source>give &quot;user&quot; or &quot;messages&quot;, not both</source>
        <translation>indique &quot;user&quot; o &quot;messages&quot;, no ambos</translation>
    </message>
    <message>
        <source>&quot;role&quot; is system, user or assistant, not &quot;%1&quot;</source>
        <translation>&quot;role&quot; es system, user o assistant, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a non-blank &quot;content&quot;</source>
        <translation>necesita un &quot;content&quot; no vacío</translation>
    </message>
    <message>
        <source>needs at least one message</source>
        <translation>necesita al menos un mensaje</translation>
    </message>
    <message>
        <source>needs the user message template, e.g. &quot;{{question}}&quot;</source>
        <translation>necesita la plantilla del mensaje del usuario, p. ej. &quot;{{question}}&quot;</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a JSON array of function tools</source>
        <translation>debe ser un array JSON de herramientas de función</translation>
    </message>
    <message>
        <source>needs {&quot;input_per_million&quot;: N, &quot;output_per_million&quot;: N} in dollars</source>
        <translation>necesita {&quot;input_per_million&quot;: N, &quot;output_per_million&quot;: N} en dólares</translation>
    </message>
    <message>
        <source>needs 1 to %1 workloads, e.g. [{&quot;workload&quot;: &quot;acme/support-bot&quot;}]</source>
        <translation>necesita de 1 a %1 cargas de trabajo, p. ej. [{&quot;workload&quot;: &quot;acme/support-bot&quot;}]</translation>
    </message>
    <message>
        <source>holds %1 workloads; a run compares at most %2</source>
        <translation>contiene %1 cargas de trabajo; una ejecución compara como máximo %2</translation>
    </message>
    <message>
        <source>needs &quot;workload&quot;: a stored workload&apos;s name or id, or project/slug</source>
        <translation>necesita &quot;workload&quot;: el nombre o id de una carga de trabajo guardada, o proyecto/slug</translation>
    </message>
    <message>
        <source>a set never holds keys: remove it and keep the key in the keychain or INFERENCEKEY_API_KEY</source>
        <translation>un conjunto nunca contiene claves: quítela y guarde la clave en el llavero o en INFERENCEKEY_API_KEY</translation>
    </message>
    <message>
        <source>is not JSON (%1): write an assertion object or an array of them</source>
        <translation>no es JSON (%1): escriba un objeto de aserción o un array de ellos</translation>
    </message>
    <message>
        <source>needs {&quot;path&quot;: &quot;rows.csv&quot;} or {&quot;rows&quot;: [...]}</source>
        <translation>necesita {&quot;path&quot;: &quot;rows.csv&quot;} o {&quot;rows&quot;: [...]}</translation>
    </message>
    <message>
        <source>each row is an object of variables</source>
        <translation>cada fila es un objeto de variables</translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>no es JSON: %1 en el byte %2</translation>
    </message>
    <message>
        <source>an evaluation set is a JSON object</source>
        <translation>un conjunto de evaluación es un objeto JSON</translation>
    </message>
    <message>
        <source>must be &quot;ik-eval-set&quot; (is this an evaluation set?)</source>
        <translation>debe ser &quot;ik-eval-set&quot; (¿es esto un conjunto de evaluación?)</translation>
    </message>
    <message>
        <source>version %1 is not known to this build; it reads version 1</source>
        <translation>esta compilación no conoce la versión %1; lee la versión 1</translation>
    </message>
    <message>
        <source>holds no rows</source>
        <translation>no contiene ninguna fila</translation>
    </message>
</context>
<context>
    <name>ik::retrieval::RetrievalSet</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>the document has no id; give every document a unique id</source>
        <translation>el documento no tiene id; dé a cada documento un id único</translation>
    </message>
    <message>
        <source>document &quot;%1&quot; has no text</source>
        <translation>el documento &quot;%1&quot; no tiene texto</translation>
    </message>
    <message>
        <source>duplicate document id &quot;%1&quot; (first used by document %2); ids must be unique</source>
        <translation>id de documento &quot;%1&quot; repetido (lo usa ya el documento %2); los ids deben ser únicos</translation>
    </message>
    <message>
        <source>the file holds no documents</source>
        <translation>el archivo no contiene documentos</translation>
    </message>
    <message>
        <source>bad grade &quot;%1&quot; for &quot;%2&quot;: a grade is a number above 0 and at most %3 (write id:grade, like %2:2, or the id alone for grade 1)</source>
        <translation>grado incorrecto &quot;%1&quot; para &quot;%2&quot;: un grado es un número mayor que 0 y como mucho %3 (escriba id:grado, como %2:2, o solo el id para el grado 1)</translation>
    </message>
    <message>
        <source>an empty relevant id (two separators in a row?)</source>
        <translation>un id relevante vacío (¿dos separadores seguidos?)</translation>
    </message>
    <message>
        <source>relevant id &quot;%1&quot; is not a document&apos;s id (the documents&apos; ids are %2); fix the id or add that document</source>
        <translation>el id relevante &quot;%1&quot; no es el id de ningún documento (los ids de los documentos son %2); corrija el id o añada ese documento</translation>
    </message>
    <message>
        <source>relevant id &quot;%1&quot; is listed twice; list it once, with its grade</source>
        <translation>el id relevante &quot;%1&quot; aparece dos veces; póngalo una vez, con su grado</translation>
    </message>
    <message>
        <source>a relevant item {...} needs an &quot;id&quot; (and optionally a &quot;grade&quot;)</source>
        <translation>un elemento relevante {...} necesita un &quot;id&quot; (y opcionalmente un &quot;grade&quot;)</translation>
    </message>
    <message>
        <source>a relevant item must be an id, &quot;id:grade&quot; or {&quot;id&quot;, &quot;grade&quot;}</source>
        <translation>un elemento relevante debe ser un id, &quot;id:grado&quot; o {&quot;id&quot;, &quot;grade&quot;}</translation>
    </message>
    <message>
        <source>&quot;relevant&quot; must be a list of ids, like [&quot;d1&quot;, &quot;d7:2&quot;]</source>
        <translation>&quot;relevant&quot; debe ser una lista de ids, como [&quot;d1&quot;, &quot;d7:2&quot;]</translation>
    </message>
    <message>
        <source>the query is empty; write its text, or remove the line</source>
        <translation>la consulta está vacía; escriba su texto o quite la línea</translation>
    </message>
    <message>
        <source>query &quot;%1&quot; lists no relevant document; give at least one id in relevant</source>
        <translation>la consulta &quot;%1&quot; no indica ningún documento relevante; dé al menos un id en relevant</translation>
    </message>
    <message>
        <source>duplicate query id &quot;%1&quot; (first used on line %2); query ids must be unique</source>
        <translation>id de consulta &quot;%1&quot; repetido (usado ya en la línea %2); los ids de consulta deben ser únicos</translation>
    </message>
    <message>
        <source>the file holds no queries</source>
        <translation>el archivo no contiene consultas</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;: the header has %2; the first row must name the columns, like id,text,label</source>
        <translation>falta la columna &quot;%1&quot;: la cabecera tiene %2; la primera fila debe nombrar las columnas, como id,text,label</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;; write each document like %2</source>
        <translation>falta el campo &quot;%1&quot;; escriba cada documento como %2</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a string or a number</source>
        <translation>&quot;id&quot; debe ser una cadena o un número</translation>
    </message>
    <message>
        <source>&quot;text&quot; must be a string</source>
        <translation>&quot;text&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; documents are .csv (id,text,label), .jsonl or .txt (one per line, ids = line numbers)</source>
        <translation>%1: tipo de archivo desconocido; los documentos son .csv (id,text,label), .jsonl o .txt (uno por línea, ids = números de línea)</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot;: the header has %2; the first row must name the columns, like id,query,relevant (relevant as d1;d7:2)</source>
        <translation>falta la columna &quot;%1&quot;: la cabecera tiene %2; la primera fila debe nombrar las columnas, como id,query,relevant (relevant como d1;d7:2)</translation>
    </message>
    <message>
        <source>missing field &quot;%1&quot;; write each query like %2</source>
        <translation>falta el campo &quot;%1&quot;; escriba cada consulta como %2</translation>
    </message>
    <message>
        <source>&quot;query&quot; must be a string</source>
        <translation>&quot;query&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: unknown kind of file; queries are .csv (query,relevant) or .jsonl</source>
        <translation>%1: tipo de archivo desconocido; las consultas son .csv (query,relevant) o .jsonl</translation>
    </message>
</context>
<context>
    <name>ik::runWarnings</name>
    <message>
        <source>the stream held invalid UTF-8 at byte %1: the answer shows U+FFFD there</source>
        <translation>el flujo contenía UTF-8 no válido en el byte %1: la respuesta muestra U+FFFD ahí</translation>
    </message>
    <message>
        <source>1 frame was not JSON and was skipped</source>
        <translation>1 trama no era JSON y se omitió</translation>
    </message>
    <message>
        <source>%1 frames were not JSON and were skipped</source>
        <translation>%1 tramas no eran JSON y se omitieron</translation>
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
        <translation>503: la carga de trabajo arranca tras estar inactiva, Retry-After 5 s</translation>
    </message>
    <message>
        <source>The answer starts only after a long wait</source>
        <translation>La respuesta solo empieza tras una larga espera</translation>
    </message>
    <message>
        <source>The answer stops partway, then goes on late</source>
        <translation>La respuesta se detiene a medias y sigue tarde</translation>
    </message>
    <message>
        <source>The connection drops partway through</source>
        <translation>La conexión se corta a medias</translation>
    </message>
    <message>
        <source>The stream ends without its [DONE] frame</source>
        <translation>El flujo termina sin su trama [DONE]</translation>
    </message>
    <message>
        <source>An error event in mid-stream</source>
        <translation>Un evento de error a mitad del flujo</translation>
    </message>
    <message>
        <source>One stream frame is not JSON</source>
        <translation>Una trama del flujo no es JSON</translation>
    </message>
    <message>
        <source>Comment lines (keep-alives) between frames</source>
        <translation>Líneas de comentario (keep-alive) entre tramas</translation>
    </message>
    <message>
        <source>The stream&apos;s lines end in CRLF</source>
        <translation>Las líneas del flujo terminan en CRLF</translation>
    </message>
    <message>
        <source>One very large token in the answer</source>
        <translation>Un token muy grande en la respuesta</translation>
    </message>
    <message>
        <source>Bytes that are not UTF-8 in the stream</source>
        <translation>Bytes que no son UTF-8 en el flujo</translation>
    </message>
    <message>
        <source>Embeddings come back in reverse order</source>
        <translation>Los embeddings vuelven en orden inverso</translation>
    </message>
    <message>
        <source>307 redirect to another host name</source>
        <translation>Redirección 307 a otro nombre de host</translation>
    </message>
    <message>
        <source>A tool call&apos;s arguments are cut short: not JSON</source>
        <translation>Los argumentos de una llamada a herramienta llegan cortados: no son JSON</translation>
    </message>
    <message>
        <source>The model calls a tool the request did not offer</source>
        <translation>El modelo llama a una herramienta que la petición no ofrecía</translation>
    </message>
    <message>
        <source>Structured output that breaks its response_format schema</source>
        <translation>Salida estructurada que incumple su esquema response_format</translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message>
        <source>&amp;Remember the control token in the system keychain</source>
        <translation>&amp;Recordar el token de control en el llavero del sistema</translation>
    </message>
    <message>
        <source>&amp;List workloads</source>
        <translation>&amp;Listar cargas de trabajo</translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation>&amp;Añadir las seleccionadas</translation>
    </message>
    <message>
        <source>Import workloads from project</source>
        <translation>Importar cargas de trabajo de un proyecto</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation>Slug del proyecto</translation>
    </message>
    <message>
        <source>Control token (ik_sdk_)</source>
        <translation>Token de control (ik_sdk_)</translation>
    </message>
    <message>
        <source>ik_sdk_…</source>
        <translation>ik_sdk_…</translation>
    </message>
    <message>
        <source>List workloads</source>
        <translation>Listar cargas de trabajo</translation>
    </message>
    <message>
        <source>Workloads of the project</source>
        <translation>Cargas de trabajo del proyecto</translation>
    </message>
    <message>
        <source>Add selected workloads</source>
        <translation>Añadir las cargas de trabajo seleccionadas</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>Control &amp;token:</source>
        <translation>&amp;Token de control:</translation>
    </message>
    <message>
        <source>The control token is used for this one call. It is kept (in its own keychain entry) only if you tick “remember”, and it can never be used to call a workload.</source>
        <translation>El token de control se usa solo para esta llamada. Se guarda (en su propia entrada del llavero) solo si marca “recordar”, y nunca puede usarse para llamar a una carga de trabajo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pasted token cleaned up: %1.</source>
        <translation>Token pegado limpiado: %1.</translation>
    </message>
    <message>
        <source>The playground has no view for task type %1.</source>
        <translation>El playground no tiene vista para el tipo de tarea %1.</translation>
    </message>
    <message>
        <source>The project has no workloads.</source>
        <translation>El proyecto no tiene cargas de trabajo.</translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) in project %1.</source>
        <translation>
            <numerusform>%n carga de trabajo en el proyecto %1.</numerusform>
            <numerusform>%n cargas de trabajo en el proyecto %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The remembered control token belongs to %1 (project %2); paste the token for this server and project.</source>
        <translation>El token de control recordado pertenece a %1 (proyecto %2); pegue el token de este servidor y proyecto.</translation>
    </message>
    <message>
        <source>Listing workloads of %1…</source>
        <translation>Listando las cargas de trabajo de %1…</translation>
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
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Show key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation>Ocultar la clave</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>ik::ui::Language</name>
    <message>
        <source>%1 names the language &quot;%2&quot;, which the window does not have; use one of %3.</source>
        <translation>%1 indica el idioma &quot;%2&quot;, que la ventana no tiene; use uno de estos: %3.</translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is not built into this program.</source>
        <translation>La traducción a &quot;%1&quot; no está incluida en este programa.</translation>
    </message>
    <message>
        <source>The setting %1</source>
        <translation>El ajuste %1</translation>
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
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Keys: this session only</source>
        <translation>Claves: solo esta sesión</translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation>Claves: llavero del sistema</translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation>Cargas de trabajo</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation>Reintentar con el llavero</translation>
    </message>
    <message>
        <source>Import from the environment</source>
        <translation>Importar desde el entorno</translation>
    </message>
    <message>
        <source>Use its &amp;key</source>
        <translation>Usar su &amp;clave</translation>
    </message>
    <message>
        <source>Use the key from INFERENCEKEY_API_KEY</source>
        <translation>Usar la clave de INFERENCEKEY_API_KEY</translation>
    </message>
    <message>
        <source>Add &amp;workload from environment…</source>
        <translation>Añadir carga de trabajo desde el &amp;entorno…</translation>
    </message>
    <message>
        <source>Add workload from environment</source>
        <translation>Añadir carga de trabajo desde el entorno</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the environment offer</source>
        <translation>Descartar la oferta del entorno</translation>
    </message>
    <message>
        <source>&amp;Add workload…</source>
        <translation>&amp;Añadir carga de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Edit workload…</source>
        <translation>&amp;Editar carga de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Duplicate workload…</source>
        <translation>&amp;Duplicar carga de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Remove workload</source>
        <translation>&amp;Quitar carga de trabajo</translation>
    </message>
    <message>
        <source>&amp;Import workloads from project…</source>
        <translation>&amp;Importar cargas de trabajo de un proyecto…</translation>
    </message>
    <message>
        <source>E&amp;xport workloads…</source>
        <translation>E&amp;xportar cargas de trabajo…</translation>
    </message>
    <message>
        <source>Import workloads &amp;file…</source>
        <translation>Importar arc&amp;hivo de cargas de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Start the local &amp;sandbox</source>
        <translation>Iniciar el sandbox &amp;local</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation>&amp;Cargas de trabajo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Go to &amp;workloads</source>
        <translation>Ir a las cargas de &amp;trabajo</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About InferenceKey Playground</source>
        <translation>Acerca de InferenceKey Playground</translation>
    </message>
    <message>
        <source>InferenceKey Playground %1
Commit %2 · Qt %3 (built with %4)
Keys live in the system keychain (service “ik-playground”), never in files.</source>
        <translation>InferenceKey Playground %1
Commit %2 · Qt %3 (compilado con %4)
Las claves viven en el llavero del sistema (servicio “ik-playground”), nunca en archivos.</translation>
    </message>
    <message>
        <source>More menus</source>
        <translation>Más menús</translation>
    </message>
    <message>
        <source>More workload actions</source>
        <translation>Más acciones de cargas de trabajo</translation>
    </message>
    <message>
        <source>Local sandbox on %1</source>
        <translation>Sandbox local en %1</translation>
    </message>
    <message numerus="yes">
        <source>Local sandbox started on %1 with %n demo workload(s).</source>
        <translation>
            <numerusform>Sandbox local iniciado en %1 con %n carga de trabajo de demostración.</numerusform>
            <numerusform>Sandbox local iniciado en %1 con %n cargas de trabajo de demostración.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Saved workload %1.</source>
        <translation>Carga de trabajo %1 guardada.</translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation>Quitar carga de trabajo</translation>
    </message>
    <message>
        <source>Remove workload “%1” and delete its key from the keychain?</source>
        <translation>¿Quitar la carga de trabajo “%1” y eliminar su clave del llavero?</translation>
    </message>
    <message>
        <source>Removed workload %1.</source>
        <translation>Carga de trabajo %1 quitada.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s); add each one&apos;s key in the key field.</source>
        <translation>
            <numerusform>Se importó %n carga de trabajo; añada su clave en el campo de la clave.</numerusform>
            <numerusform>Se importaron %n cargas de trabajo; añada la clave de cada una en el campo de la clave.</numerusform>
        </translation>
    </message>
    <message>
        <source>The control token was not remembered: %1</source>
        <translation>El token de control no se recordó: %1</translation>
    </message>
    <message>
        <source>Export workloads</source>
        <translation>Exportar cargas de trabajo</translation>
    </message>
    <message>
        <source>Workloads (*.json)</source>
        <translation>Cargas de trabajo (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workload(s) (no keys) to %1.</source>
        <translation>
            <numerusform>Se exportó %n carga de trabajo (sin claves) a %1.</numerusform>
            <numerusform>Se exportaron %n cargas de trabajo (sin claves) a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import workloads</source>
        <translation>Importar cargas de trabajo</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>Se importó %n carga de trabajo.</numerusform>
            <numerusform>Se importaron %n cargas de trabajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation>Rechazado:</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>proyecto %1</translation>
    </message>
    <message>
        <source>base URL %1</source>
        <translation>URL base %1</translation>
    </message>
    <message>
        <source>a key (%1)</source>
        <translation>una clave (%1)</translation>
    </message>
    <message>
        <source>Found InferenceKey settings in the environment: %1. Add a workload with them? The key is stored only if you tick “Use its key”.</source>
        <translation>Se encontró configuración de InferenceKey en el entorno: %1. ¿Añadir una carga de trabajo con ella? La clave solo se guarda si marca “Usar su clave”.</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>C&amp;onfiguración…</translation>
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
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>&amp;Red</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <source>The system&apos;s (HTTPS_PROXY, NO_PROXY)</source>
        <translation>El del sistema (HTTPS_PROXY, NO_PROXY)</translation>
    </message>
    <message>
        <source>None: connect directly</source>
        <translation>Ninguno: conectar directamente</translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation>Este proxy:</translation>
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
        <translation>Tiempos de espera de cada petición</translation>
    </message>
    <message>
        <source>&amp;Connect (until headers):</source>
        <translation>&amp;Conexión (hasta las cabeceras):</translation>
    </message>
    <message>
        <source>&amp;Idle (between reads):</source>
        <translation>&amp;Inactividad (entre lecturas):</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>&amp;Proxy:</source>
        <translation>&amp;Proxy:</translation>
    </message>
    <message>
        <source>Proxy &amp;URL:</source>
        <translation>&amp;URL del proxy:</translation>
    </message>
    <message>
        <source>&amp;Bypass for:</source>
        <translation>&amp;Excepto para:</translation>
    </message>
    <message>
        <source>Private certificate authorities</source>
        <translation>Autoridades de certificación privadas</translation>
    </message>
    <message>
        <source>CA file per base URL</source>
        <translation>Archivo de CA por URL base</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>CA file (PEM)</source>
        <translation>Archivo de CA (PEM)</translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation>Añadir &amp;fila</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Trusted for that base URL on top of the system&apos;s authorities. Certificates are always checked.</source>
        <translation>Cada CA es de confianza para su URL base, además de las autoridades del sistema. Los certificados siempre se verifican.</translation>
    </message>
    <message>
        <source>The system&apos;s</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>Clear &amp;history…</source>
        <translation>&amp;Borrar el historial…</translation>
    </message>
    <message>
        <source>&amp;Keep the raw frames of each run (the inspector&apos;s frames of a reopened run)</source>
        <translation>&amp;Conservar las tramas sin procesar de cada ejecución (las tramas del inspector de una ejecución reabierta)</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Tamaño:</translation>
    </message>
    <message>
        <source>Without frames a run keeps its answer, timings and usage; applies from the next run.</source>
        <translation>Sin tramas, una ejecución conserva su respuesta, sus tiempos y su uso; se aplica desde la siguiente ejecución.</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos (*)</translation>
    </message>
    <message>
        <source>%1 (history database and cache)</source>
        <translation>%1 (base de datos del historial y caché)</translation>
    </message>
    <message>
        <source>no proxy URL is given; type it as http://host:port, or choose the system&apos;s proxy or none</source>
        <translation>no se indica ninguna URL de proxy; escríbala como http://host:puerto, o elija el proxy del sistema o ninguno</translation>
    </message>
    <message>
        <source>Not saved: %1.</source>
        <translation>Sin guardar: %1.</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar el historial</translation>
    </message>
    <message>
        <source>Delete every run kept in the history? This cannot be undone.</source>
        <translation>¿Eliminar todas las ejecuciones guardadas en el historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>The history could not be cleared: %1</source>
        <translation>No se pudo borrar el historial: %1</translation>
    </message>
    <message>
        <source>The window changes language when you save.</source>
        <translation>La ventana cambia de idioma al guardar.</translation>
    </message>
    <message>
        <source>&amp;HTTP/2 when the server offers it</source>
        <translation>&amp;HTTP/2 cuando el servidor lo ofrezca</translation>
    </message>
    <message>
        <source>Off, requests use HTTP/1.1: with this version of Qt it reaches the first token sooner on a kept-alive connection.</source>
        <translation>Desactivado, las peticiones usan HTTP/1.1: con esta versión de Qt llega antes al primer token en una conexión persistente.</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Cam&amp;biar…</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>The data folder was not changed: %1.</source>
        <translation>No se cambió la carpeta de datos: %1.</translation>
    </message>
    <message>
        <source>The history was copied there and is used from the next start, which first copies the runs saved until then. Until then runs are still saved in %1, which is left as it is.</source>
        <translation>El historial se copió allí y se usará a partir del próximo inicio, que antes copiará las ejecuciones guardadas hasta entonces. Hasta ese momento las ejecuciones se siguen guardando en %1, que se deja como está.</translation>
    </message>
</context>
<context>
    <name>ik::ui::VerdictView</name>
    <message>
        <source>Apply fix</source>
        <translation>Aplicar corrección</translation>
    </message>
    <message>
        <source>Apply the suggested key fix</source>
        <translation>Aplicar la corrección de clave sugerida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation>Pregunta antes</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Credential guard</source>
        <translation>Control de credenciales</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadDialog</name>
    <message>
        <source>Add workload</source>
        <translation>Añadir carga de trabajo</translation>
    </message>
    <message>
        <source>Edit workload</source>
        <translation>Editar carga de trabajo</translation>
    </message>
    <message>
        <source>Duplicate workload</source>
        <translation>Duplicar carga de trabajo</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation>Slug del proyecto</translation>
    </message>
    <message>
        <source>Workload slug</source>
        <translation>Slug de la carga de trabajo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Key (ik_live_)</source>
        <translation>Clave (ik_live_)</translation>
    </message>
    <message>
        <source>e.g. Support bot (defaults to the slug)</source>
        <translation>p. ej. Bot de soporte (por defecto, el slug)</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ej. acme</translation>
    </message>
    <message>
        <source>e.g. support-bot</source>
        <translation>p. ej. support-bot</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation>Déjelo vacío para conservar la clave guardada</translation>
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
        <translation>Reordenar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>&amp;Workload slug:</source>
        <translation>Slug de la carga de &amp;trabajo:</translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpoint:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation>Clave pegada limpiada: %1.</translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation>Clave limpiada: %1.</translation>
    </message>
    <message>
        <source>(fix the fields above)</source>
        <translation>(corrija los campos de arriba)</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadModel</name>
    <message>
        <source>Workload</source>
        <translation>Carga de trabajo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Guard</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Demo workloads of the local sandbox on %1; their keys are held for this session only.</source>
        <translation>Cargas de trabajo de demostración del sandbox local en %1; sus claves se retienen solo durante esta sesión.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Project %1 of the local sandbox on %2</source>
        <translation>Proyecto %1 del sandbox local en %2</translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation>Proyecto %1 en %2</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1, %2 workload</source>
        <translation>%1, carga de trabajo de %2</translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadPanel</name>
    <message>
        <source>Selected workload</source>
        <translation>Carga de trabajo seleccionada</translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation>¿Enviar de todos modos?</translation>
    </message>
    <message>
        <source>The credential guard asks first:

%1

Send the test call anyway?</source>
        <translation>El control de credenciales pregunta antes:

%1

¿Enviar la llamada de prueba de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Make the smallest real call for this workload&apos;s kind</source>
        <translation>Hacer la llamada real más pequeña para el tipo de esta carga de trabajo</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Clave</translation>
    </message>
    <message>
        <source>Edit the key</source>
        <translation>Editar la clave</translation>
    </message>
    <message>
        <source>Show the key, edit, save or revert it</source>
        <translation>Mostrar la clave, editarla, guardarla o revertirla</translation>
    </message>
    <message>
        <source>Key of the selected workload</source>
        <translation>Clave de la carga de trabajo seleccionada</translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation>&amp;Guardar clave</translation>
    </message>
    <message>
        <source>Save key</source>
        <translation>Guardar clave</translation>
    </message>
    <message>
        <source>Store the key in the field, exactly as shown, in the keychain</source>
        <translation>Guardar en el llavero la clave del campo, tal como se muestra</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert the key</source>
        <translation>Revertir la clave</translation>
    </message>
    <message>
        <source>Back to the stored key</source>
        <translation>Volver a la clave guardada</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Guard:</source>
        <translation>Control:</translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation>Clave pegada limpiada: %1.</translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation>Clave limpiada: %1.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation>Ninguna carga de trabajo seleccionada</translation>
    </message>
    <message>
        <source>Add a workload (Ctrl+N), import a project&apos;s workloads, or start the local sandbox from the Sandbox menu.</source>
        <translation>Añada una carga de trabajo (Ctrl+N), importe las cargas de trabajo de un proyecto o inicie el sandbox local desde el menú Sandbox.</translation>
    </message>
    <message>
        <source>Demo key of the local sandbox (%1), held for this session only</source>
        <translation>Clave de demostración del sandbox local (%1), retenida solo durante esta sesión</translation>
    </message>
    <message>
        <source>Unsaved: the next send uses the key in the field, not the stored one. Save key stores it; Revert brings back the stored key.</source>
        <translation>Sin guardar: el próximo envío usa la clave del campo, no la guardada. Guardar clave la guarda; Revertir recupera la clave guardada.</translation>
    </message>
    <message>
        <source>Unsaved key</source>
        <translation>Clave sin guardar</translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation>Clave de demostración</translation>
    </message>
    <message>
        <source>Not saved: the key field is empty (Revert brings back the stored key).</source>
        <translation>Sin guardar: el campo de la clave está vacío (Revertir recupera la clave guardada).</translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation>Sin guardar: %1 %2</translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation>No enviada: %1 %2</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviada: %1</translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation>No enviada: cancelada.</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation>Conectado: %1 respondió en %2 ms.</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
</context>
</TS>
