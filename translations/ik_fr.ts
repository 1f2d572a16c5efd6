<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain answers (no Secret Service). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused to store the key (keyring locked?). Keys are kept for this session only, in memory; nothing is written to disk. Unlock the keyring and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed (%1). Keys are kept for this session only, in memory; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key held for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected fault: click to turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox answers every request with the fault “%1”: %2. Click to turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local sandbox first (Sandbox menu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject &amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox answers normally again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox now answers every request with the fault “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models &amp;think aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (only models whose name says so)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning_content (vLLM, SGLang, DeepSeek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasoning (newer vLLM, OpenRouter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;think&gt; tags in the answer (no reasoning parser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s models answer without thinking aloud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox&apos;s chat models now think aloud: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik</name>
    <message>
        <source>1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, tokens unknown for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost: tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1 + %2 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request offered no tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request offered only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the arguments are %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · run %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema needs a name of 1 to 64 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is empty: write a JSON Schema object, e.g. {&quot;type&quot;: &quot;object&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema is a JSON object, { ... }</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text: no response_format is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer must be a JSON object; it is checked when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1: the answer is checked against it when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON · matches schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON · breaks schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid JSON · not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an object: each tool is {&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {...}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs &quot;type&quot;: &quot;function&quot; (the only tool type chat servers take)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &quot;function&quot; object with its name and parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a function name of 1 to 64 letters, digits, _ or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has parameters that are not a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tools are a JSON array, [ ... ], of function tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool %1 repeats the name %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::AgreementModel</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-k overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank correlation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::AttachmentBar</name>
    <message>
        <source>Attach image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach PNG, JPEG, GIF or WebP images (at most 20 MB each) to the next user turn. Paste or drop them on the prompt too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Attachments</name>
    <message>
        <source>%1 was not attached: a turn holds at most %2 images. Remove one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::BatchEmbedder</name>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned vectors of different dimensions (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next batch could not be sent with the judged key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ComparePane</name>
    <message>
        <source>temperature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max %1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_p %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stop sequence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>presence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frequency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload of this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this pane only; the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential guard verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model that served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this pane&apos;s parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a chat workload for this pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pane has no chat workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a chat workload in the pane&apos;s header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for your answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming… run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent · blocked by the credential guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that served this pane&apos;s last answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n distinct answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::CompareSpreadModel</name>
    <message>
        <source>Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::CompareSummaryModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (%1 of %2 valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best %1 across the panes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time to first token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (usage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chunks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n runs</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::CompareTableModel</name>
    <message>
        <source>best</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::CompareView</name>
    <message>
        <source>Pane %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diff is off: tick “Show diff” to compare two answers word by word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different panes as A and B.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 → pane %2: %3 words removed, %4 added, %5 kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pane %1 and pane %2 gave the same answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (coarse: the answers are long, the search was cut short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 panes · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened comparison #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved comparison “%1”? Its runs stay in history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted comparison #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt sent to every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt sent to every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt (Ctrl+Enter sends to every pane, Esc stops them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier turns of the conversation sent to every pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the prompt into the conversation as a user turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ answer of diff A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the answer of the pane chosen as A in the diff tab as an assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier &amp;turns (optional conversation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the prompt to every pane at once (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every pane (Esc); partial answers are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runs per pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs per pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed + 1 per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run i uses the pane&apos;s seed + i (0 + i when unset), to see how much the answer depends on sampling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every pane N times and show the spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved comparisons: pick one to reopen or delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected saved comparison (its runs stay in history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the comparison as Markdown or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary across panes; ★ marks the best value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary (★ best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread of repeated runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a prompt first: it goes to every pane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ConfirmBar</name>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ControlPlane</name>
    <message>
        <source>This is an ik_live_ data-plane key (%1); listing workloads needs an ik_sdk_ control token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or copy a control token (ik_sdk_...) in the project&apos;s settings; keys only call workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No control token given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the project&apos;s ik_sdk_ control token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control token has extra characters around it (spaces, quotes, a newline or &quot;Bearer &quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a well-formed ik_sdk_ control token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it again; the field cleans it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole control token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to send a control token over plain http:// to a host that is not this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https:// URL of the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the project slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload list is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the base URL points at the InferenceKey API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer holds no list of workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a redirect to %1: the control token is never sent to another host or over plain http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the server&apos;s final URL as the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and that the server is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ConversationModel</name>
    <message>
        <source>called %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[1 image]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Cost</name>
    <message>
        <source>cost: tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 reasoning)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Credential</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-breaking space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ellipsis &apos;…&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character U+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 CRLF line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 newline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 line breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 invisible character (zero-width space or BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 invisible characters (zero-width space or BOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 whitespace character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 whitespace characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An InferenceKey workload key is ik_live_, an 8-character hex id, &apos;_&apos;, then a 64-character hex secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key stops after &apos;ik_&apos;: the kind, the id and the secret are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind is missing after &apos;ik_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only &apos;ik_&apos; and a kind were given: the id and the secret are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not belong in a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown credential kind &apos;ik_%1_&apos;: inference needs an ik_live_ key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key stops after &apos;%1&apos;: the id and the secret are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not hex (in the id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &apos;_&apos; between the %1-character id and the secret is missing (%2 characters follow &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id is missing between &apos;%1&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id has %1 of %2 hex characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id has %1 hex characters, expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret is missing: the key stops after the id and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not hex (in the secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret has %1 of %2 hex characters: truncated paste?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret has %1 hex characters, expected %2: extra characters pasted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the redacted form of a key (it contains &apos;…&apos;), not the key itself: truncated paste?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it looks like an Anthropic key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it looks like an OpenAI-style sk- key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it looks like a Hugging Face token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (it looks like a JWT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong credential type: this is the project&apos;s control-plane token; inference needs the workload&apos;s ik_live_ key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key here; keep the ik_sdk_ token for the control plane (importing workloads).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key, or set INFERENCEKEY_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a well-formed ik_live_ workload key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an InferenceKey key, which is fine for an endpoint that is not InferenceKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an InferenceKey key%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key. A key from another provider only works with an endpoint marked as not InferenceKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts are separated by &apos;-&apos;: an InferenceKey key uses &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the prefix must be lowercase &apos;ik_live_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key does not have the shape ik_live_&lt;id&gt;_&lt;secret&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key again, in full, from where it was issued. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed surrounding %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a leading &quot;Authorization:&quot; header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed a leading &quot;Bearer &quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has extra characters around it (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the cleaned-up key%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key given: only whitespace or quotes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (after cleaning up: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::DiffView</name>
    <message>
        <source>Differences between the two answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks: &lt;span style=&quot;background-color:%1&quot;&gt;&lt;s&gt;struck through on red&lt;/s&gt;&lt;/span&gt; = only in A &amp;nbsp;·&amp;nbsp; &lt;span style=&quot;background-color:%2&quot;&gt;&lt;u&gt;underlined on green&lt;/u&gt;&lt;/span&gt; = only in B &amp;nbsp;·&amp;nbsp; plain = in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only in B</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::DimStatsModel</name>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Std dev</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingInputs</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the closing quote of a field; the comma is missing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field; quote the whole field and double the quote (&quot;&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text column %1: the row has %2 field(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text (column %1) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds a header and no inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON (%1 at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object like {&quot;text&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;text&quot; field (also looked for %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind of file; use .txt (one input per line), .csv or .jsonl</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingModel</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingsView</name>
    <message>
        <source>No vectors yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded inputs and their vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All values of the selected vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean and spread per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine similarity heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover the heatmap for a pair; click to read both texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two texts of the chosen pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbours: select an input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbours of the selected input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs nearest to the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query: it is embedded and the set ranked against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) analysed in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>normalised (every norm is 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not normalised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 inputs: no heatmap (the matrix would not fit comfortably in memory); neighbours are computed per input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearest neighbours of #%1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine %1

#%2: %3

#%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a query first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed a set first: the query is ranked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the embedding workload the set was embedded with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding the query…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has %1 dimensions, the set %2: embed the set with this workload first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The set ranked against the query.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed a set first, then pick a second embedding workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement with the second embedding workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second embedding workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neighbours compared (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the same inputs with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top-k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed a set first, then compare it with a second workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a second embedding workload to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Embedding the same %n input(s) with %1…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 / %2 embedded (comparison)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the two spaces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector vectors (*.tsv); metadata.tsv is written beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.npy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector TSVs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to export: embed the inputs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste inputs, one per line, or load a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.txt (one input per line), .csv (a text column and an optional label column) or .jsonl (&quot;text&quot; and optional &quot;label&quot; fields)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs (*.txt *.csv *.jsonl *.ndjson);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) with labels</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inputs: type some, one per line, or load a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Embedding %n input(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>0 / %1 embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding failed after %1 of %2 inputs: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 inputs; nothing was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %1 embedded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from %1; analysing…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC1 (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC2 (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PCA plot appears once the inputs are embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2D PCA of the vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2D PCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PC1 explains %1% of the variance, PC2 %2% (together %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank needs a query and at least one document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reranking %n document(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reranked by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embed the inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a chat workload: the embedding inspector needs an embedding or rerank workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a rerank workload to rerank documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an embedding workload to embed the inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Endpoint</name>
    <message>
        <source>no project given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the project slug (--project or INFERENCEKEY_PROJECT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key contains a control character or line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key again without surrounding text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each extra header as one line &apos;Name: value&apos; with no line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the base URL &quot;%1&quot; is not an http(s) URL with a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a base URL like https://api.inferencekey.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused to send the key over plain http:// to %1: only loopback (127.0.0.1, ::1, localhost) may use http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for a server that is not on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network manager is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Error</name>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this credential type cannot be used on this route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key belongs to another project than the one in the path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is not issued for this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server reported an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied [%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (retry after %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api error (status %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request body: check the inputs (1 to %1 texts, none blank) and that this is an embedding workload; the message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request body: check the query (not blank), the documents (at least one, none blank) and top_n (at least 1); the message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request body: check the parameters (max_tokens, temperature, stop, ...) against what this workload accepts; the message says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workload settings: a base URL, a project, a workload and the workload&apos;s ik_live_ key are needed, each in its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the request before sending: give either a prompt or a message list, with no blank text, and at least one input to embed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the key: it may be wrong, revoked, expired or cut short by a bad paste. Paste the workload&apos;s ik_live_ key again, or issue a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the workload&apos;s ik_live_ key for inference; an ik_sdk_ control token only works on the control plane (/api/...), and an ik_live_ key only on data routes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key belongs to another project than the one in the URL: check the project slug, or use a key issued for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not issued for this workload: use this workload&apos;s own key, or issue one scoped to it (or to project/*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key may not call this workload: check the project and workload slugs and which workloads the key was issued for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL and the project and workload slugs: the workload may not exist or was never provisioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait %1 (the server&apos;s Retry-After) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests: wait a little and try again, or send fewer requests at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in %1 (the server&apos;s Retry-After).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed to answer this request: try again; if it keeps failing, check the workload&apos;s status and logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request with status %1: read its message, and check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: check the base URL, your connection, proxy and TLS setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time: try again, or raise the timeout (a cold workload can take a while to start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped on request; the text received so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection closed before the end of the stream: the text shown is incomplete. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply does not follow the wire format: check the base URL points at an InferenceKey or OpenAI-compatible endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ErrorCard</name>
    <message>
        <source>Too many requests: Retry waits as long as the server asked; send fewer requests at once to avoid it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload is unavailable, perhaps starting from cold: Retry waits as long as the server asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the credential guard blocked it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (the server asked to wait)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: retry possible in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::FramesModel</name>
    <message>
        <source>(not JSON, skipped) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delta text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Guard</name>
    <message>
        <source>Wrong credential type: this is an ik_sdk_ control token, and data routes only accept an ik_live_ key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key. Control tokens are for importing workloads from a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole key again from the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has extra characters around it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix to use the cleaned-up key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key: this workload has no ik_live_ key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key in the key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an InferenceKey key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the workload&apos;s ik_live_ key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workload&apos;s base URL is not a valid http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the workload and fix its base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key would travel over plain http:// to %1, where anyone on the way can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the https:// URL of the server (plain http is only allowed to this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt contains something that looks like a key; it would be sent to the model as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from the prompt unless you mean to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system text contains something that looks like a key; it would be sent to the model as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the key from the system text unless you mean to send it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the key is well-formed for this workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key (%1) is stored for workloads of another project (%2); a key belongs to one project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the key issued for project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered project_scope_mismatch for this key (%1) in project %2 before: it belongs to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key issued for project %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered scope_insufficient for this key (%1) on workload %2 before: it is not issued for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a key issued for %1/%2 (or for %1/*).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::HeatStrip</name>
    <message>
        <source>dimension %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::HeatmapWidget</name>
    <message>
        <source>The cosine heatmap appears once the inputs are embedded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 “%2” ↔ #%3 “%4”: cosine %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::History</name>
    <message>
        <source>(hidden: part of a key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::HistoryModel</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::HistoryPanel</name>
    <message>
        <source>Search history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search prompts and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show runs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs of this workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation as Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Images</name>
    <message>
        <source>an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an AVIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIC image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a video (MP4 or MOV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a damaged WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RIFF media file (WAV or AVI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SVG image (vector graphics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON or other text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PNG, JPEG, GIF or WebP image of at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2: an image may be at most 20 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale it down or save it as JPEG, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts like a %2 image, but its header is cut short or damaged: its pixel size cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it again from an image editor, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image: it looks like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path, then attach it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image_url is not a data: URL (only inline base64 images are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data URL has no &apos;,&apos; before its payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data URL is not base64-encoded (expected data:&lt;mime&gt;;base64,...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data URL&apos;s payload is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Inspector</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Selected frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key appears as $%1: export it in your shell first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Python (inferencekey SDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as TypeScript (@inferencekey/sdk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(waiting for the response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no HTTP response)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(followed a same-origin redirect to %1)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(event stream: %n frame(s), see Frames; %1 not JSON; %2 comment line(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::JsonSchema</name>
    <message>
        <source>no value is allowed here (the schema is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema must be an object or a boolean, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be a type name or a list of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1 (const), got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enum must be a non-empty list of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of %2 (enum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number, at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>properties must be an object of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required must be a list of property names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required property &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>property &quot;%1&quot; is not allowed (additionalProperties is false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items (list form) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anyOf must be a non-empty list of schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches none of the %1 anyOf choices (closest: %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only local references (&quot;#&quot; or &quot;#/$defs/name&quot;) are resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON pointer (#/$defs/name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at nothing in the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; refers back to itself without checking anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object, got %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::KeyStore</name>
    <message>
        <source>no key stored in the system keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring refused access (keyring locked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keyring has no usable login collection (keyring locked?): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain could not delete the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service (system keyring) answered: %1. Keys can be kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backend available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key kept in memory for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::KeyVault</name>
    <message>
        <source>Key kept for this session only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no key to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Logprobs</name>
    <message>
        <source> · no alternatives sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · alternatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::NeighbourModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cosine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Npy</name>
    <message>
        <source>vectors have different dimensions; nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ParamsEditor</name>
    <message>
        <source>Unchecked: left out of the request (the server&apos;s default applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sequences, one per line (\n for a line break)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one per line; \n stands for a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end of a stream (stream_options.include_usage): tokens, tokens/s and cost then come from the server&apos;s count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logprobs: each answer token&apos;s probability, for the answer&apos;s tint and its alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives per token (top_logprobs)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::PlaygroundView</name>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft held a key. Drafts never keep a key&apos;s secret, so it was not saved: it is masked below. Paste the key again where you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask something. Ctrl+Enter sends, Esc stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Esc): the partial answer stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ User turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the prompt as a user turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the prompt as an assistant turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send thinking back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the model&apos;s thinking back in later turns (reasoning_content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation has turns that are not in history. Replace it with the run from %1, or open that run as a branch of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open as a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · from history, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the application ended while this answer was still arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text saved up to then is shown. Send it again for a full answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 from history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to regenerate from: the conversation does not end with the question this answer replied to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation&apos;s tokens and cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a preset to apply it, or type a name and Save the values in effect under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a preset of your own; the built-in ones stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset is called &quot;%1&quot;: pick one from the list, or Save the values in effect under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per 1M tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workload&apos;s price, kept in the settings (never with its key): each run&apos;s cost is its usage at this price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per million input tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price per million output tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset &quot;%1&quot; saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect: your own values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect: %1. Pick it again to restore its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation: no runs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to regenerate: no user turn comes before this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a chat workload in the sidebar to send here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix them in the Parameters panel, or empty the field to offer none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix it on the Parameters page, or choose &quot;none&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped · the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete · the stream was cut before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed · the partial answer is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>done · no text: the model called %n tool(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>streaming…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · the arguments are not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gap median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tok/s (%2, %3 tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean logprob %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>perplexity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage %1 prompt + %2 completion = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reasoning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2 workload: the playground talks to chat workloads. Pick one in the sidebar, or use the view that serves %2 workloads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Presets</name>
    <message>
        <source>&quot;%1&quot; is a built-in preset: it cannot be overwritten or deleted. Save your values under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name for the preset first: a preset is saved under its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset is saved as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Proxy</name>
    <message>
        <source>%1 is not a proxy URL: &quot;%2&quot; (expected http://host:port)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::RerankModel</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ResponseFormatEditor</name>
    <message>
        <source>Response format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}, &quot;required&quot;: [&quot;city&quot;]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response format is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Run</name>
    <message>
        <source>%1 did not answer in time: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be overloaded or starting; retry, or raise the timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not connect to %1: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the server running? Check the base URL and its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name in the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not talk to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL; certificate verification stays on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network, the base URL, and that the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; the text received so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response from %1 within %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server may be down or a cold workload may still be starting; retry, or raise the connect timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server sent nothing for %1 ms%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the text received so far is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream stalled; retry, or raise the idle timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body exceeded %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for less at once (fewer inputs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one event exceeded %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the stream format; the text received so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused a redirect to another host (%1): the key is never sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the base URL at the server that answers directly, if you trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream closed before [DONE] after %1 chunk(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is incomplete: the server or the network cut the stream. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection broke while reading the response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again; check the network if it repeats.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::RunSession</name>
    <message>
        <source>%1 is a %2 workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs a %1 workload; pick one in the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::SidePanel</name>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::StreamView</name>
    <message>
        <source>Answer (raw text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer (rendered Markdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the exact text that came back instead of rendered Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer as text; the arrow also offers the exact raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the answer as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the exact answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint by probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint the answer by token probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tint each token by its probability; hover or click a token for its alternatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · too long to render as Markdown: showing raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate from here with %1 in place of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ThinkingBlock</name>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ThumbnailStrip</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::TlsError</name>
    <message>
        <source>an unnamed issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If that CA is yours (a self-hosted or staging deployment), trust it: ik-call --ca-file CA.pem, or add it to the system&apos;s store (update-ca-certificates). Certificate verification is never switched off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 is for %2, not for %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a host name the certificate names in the base URL, or give the server a certificate for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 expired on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate must be renewed (check this machine&apos;s clock too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was issued by “%2”, which this machine does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ToolCallCards</name>
    <message>
        <source>Send results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append a tool message with each result and continue the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The model called %n tool(s): answer each call, then send the results.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Result of the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result to send back, e.g. {&quot;temp&quot;: 21}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-answer with this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this result for the tool: later calls to it are answered with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no arguments)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ToolCallsModel</name>
    <message>
        <source>arguments arriving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are no tool calls to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the calls are still arriving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no result yet for %1: type one, or use a canned result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ToolsEditor</name>
    <message>
        <source>Tools (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools the model may call, a JSON array, e.g.
[{&quot;type&quot;: &quot;function&quot;, &quot;function&quot;: {&quot;name&quot;: &quot;get_weather&quot;, &quot;parameters&quot;: {&quot;type&quot;: &quot;object&quot;, &quot;properties&quot;: {&quot;city&quot;: {&quot;type&quot;: &quot;string&quot;}}}}}]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel tool calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid, nothing is sent until fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tools: the request offers none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::TranscriptDelegate</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit turn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit as a new branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fork a branch here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw / Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Wire</name>
    <message>
        <source>a request header has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request header holds a control character (a line break, NUL or another one): it would split into more headers on the wire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request header&apos;s name holds a character a header name may not (a space, &apos;:&apos; or another separator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model field holds a credential (%1), not a workload slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the workload slug in the workload field and the key in the key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 response is not valid JSON (%2 at byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 response is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be %2 %3 and at most %4 (got %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greater than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provide either prompt or messages, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provide either prompt or messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prompt must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1].role must be system, user, assistant or tool (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1] (tool) has no tool_call_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1].content must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop[%1] must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat response has an empty choices list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat response has no choices list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat response&apos;s choices[0] has no message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chat response&apos;s message content is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response format is a JSON object: a schema, or {&quot;type&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;type&quot;: &quot;json_schema&quot; needs a &quot;json_schema&quot; object {&quot;name&quot;, &quot;schema&quot;, &quot;strict&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json_schema.schema must be a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_format.json_schema.name must be 1 to 64 letters, digits, _ or - (got &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_format.json_schema.schema must be a JSON Schema object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1] (%2) carries images: only user turns may</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1] image %2 (%3) was not loaded: reopen the run from history, or attach it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages[%1] image %2 is larger than 20 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools must be a JSON array of function tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice names no function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_logprobs must be from 0 to %1 (got %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_logprobs needs logprobs: turn logprobs on, or leave top_logprobs unset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a continuation needs an assistant message last (the prefix the answer continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input must not be empty: give at least one text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input holds %1 texts; the server takes at most %2 per request: send them in batches of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input[%1] must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the embeddings response has no data list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1] has no valid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1].embedding is a string (base64?), not a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1] has no embedding list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1].embedding[%2] is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned %1 vectors for %2 inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data[%1] has index %2, outside 0..%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index %1 appears more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vector at index 0 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vector at index %1 has %2 dimensions, the one at index 0 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents must not be empty: give at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>documents[%1] must not be blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top_n must be at least 1 (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rerank response has no results list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results[%1] has no valid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>results[%1] has neither relevance_score nor score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::Workloads</name>
    <message>
        <source>The %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 has spaces around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 looks like a key: keys go in the key field, never in a slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 may hold letters, digits, &apos;-&apos;, &apos;_&apos; and &apos;.&apos; only, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 must start with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL is required, e.g. https://api.inferencekey.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL looks like it holds a key: keys go in the key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must start with https:// (or http:// for a local server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not hold a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL must not have a query (?) or fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// to %1: keys are only sent over https (or to this computer), so calls will be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name looks like a key: keys go in the key field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workload slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a workloads file: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a workloads file: expected a &quot;workloads&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: workload files never hold keys; add the key in the workload&apos;s key field (it goes to the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; refused: its value looks like an InferenceKey credential (%3), and keys never go in workload files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; ignored: it is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, unknown kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped, it is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::runWarnings</name>
    <message>
        <source>the stream held invalid UTF-8 at byte %1: the answer shows U+FFFD there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 frame was not JSON and was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 frames were not JSON and were skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::sandbox::Faults</name>
    <message>
        <source>429 Too Many Requests, Retry-After 2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500 Internal Server Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>503: the workload is starting after being idle, Retry-After 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer starts only after a long wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer stops partway, then goes on late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection drops partway through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ends without its [DONE] frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An error event in mid-stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stream frame is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment lines (keep-alives) between frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream&apos;s lines end in CRLF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One very large token in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes that are not UTF-8 in the stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings come back in reverse order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>307 redirect to another host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tool call&apos;s arguments are cut short: not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model calls a tool the request did not offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured output that breaks its response_format schema</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message>
        <source>&amp;Remember the control token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workloads from project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control token (ik_sdk_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ik_sdk_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add selected workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The control token is used for this one call. It is kept (in its own keychain entry) only if you tick “remember”, and it can never be used to call a workload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted token cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The playground has no view for task type %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no workloads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) in project %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The remembered control token belongs to %1 (project %2); paste the token for this server and project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing workloads of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::KeyField</name>
    <message>
        <source>ik_live_…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::Language</name>
    <message>
        <source>%1 names the language &quot;%2&quot;, which the window does not have; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The translation for &quot;%1&quot; is not built into this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::MainWindow</name>
    <message>
        <source>InferenceKey Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use its &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the key from INFERENCEKEY_API_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;workload from environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workload from environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the environment offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate workload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import workloads from project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport workloads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import workloads &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the local &amp;sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About InferenceKey Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InferenceKey Playground %1
Commit %2 · Qt %3 (built with %4)
Keys live in the system keychain (service “ik-playground”), never in files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More workload actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Local sandbox started on %1 with %n demo workload(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved workload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove workload “%1” and delete its key from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed workload %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s); add each one&apos;s key in the key field.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The control token was not remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workloads (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workload(s) (no keys) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import workloads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found InferenceKey settings in the environment: %1. Add a workload with them? The key is stored only if you tick “Use its key”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::VerdictView</name>
    <message>
        <source>Apply fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the suggested key fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential guard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadDialog</name>
    <message>
        <source>Add workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workload slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (ik_live_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Support bot (defaults to the slug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. support-bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rerank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workload slug:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(fix the fields above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadModel</name>
    <message>
        <source>Workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workloads of the local sandbox on %1; their keys are held for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 of the local sandbox on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 workload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ik::ui::WorkloadPanel</name>
    <message>
        <source>Selected workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential guard asks first:

%1

Send the test call anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the smallest real call for this workload&apos;s kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key, edit, save or revert it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key of the selected workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key in the field, exactly as shown, in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted key cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key cleaned up: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workload selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a workload (Ctrl+N), import a project&apos;s workloads, or start the local sandbox from the Sandbox menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo key of the local sandbox (%1), held for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved: the next send uses the key in the field, not the stored one. Save key stores it; Revert brings back the stored key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the key field is empty (Revert brings back the stored key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
