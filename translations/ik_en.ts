<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ik</name>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ComparePane</name>
    <message numerus="yes">
        <source>%n stop sequence(s)</source>
        <translation>
            <numerusform>%n stop sequence</numerusform>
            <numerusform>%n stop sequences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n distinct answer(s)</source>
        <translation>
            <numerusform>%n distinct answer</numerusform>
            <numerusform>%n distinct answers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::CompareSummaryModel</name>
    <message numerus="yes">
        <source>%n runs</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ConversationModel</name>
    <message numerus="yes">
        <source>[%n images]</source>
        <translation>
            <numerusform>[%n image]</numerusform>
            <numerusform>[%n images]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::DataFolder</name>
    <message numerus="yes">
        <source>the copy holds %1 of the %n runs</source>
        <translation>
            <numerusform>the copy holds %1 of the %n run</numerusform>
            <numerusform>the copy holds %1 of the %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::EmbeddingsView</name>
    <message numerus="yes">
        <source>%n vector(s) analysed in %1 ms.</source>
        <translation>
            <numerusform>%n vector analysed in %1 ms.</numerusform>
            <numerusform>%n vectors analysed in %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</source>
        <translation>
            <numerusform>%n vector · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</numerusform>
            <numerusform>%n vectors · dimension %1 · L2 norm min %2, mean %3, max %4 · %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedding the same %n input(s) with %1…</source>
        <translation>
            <numerusform>Embedding the same %n input with %1…</numerusform>
            <numerusform>Embedding the same %n inputs with %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s)</source>
        <translation>
            <numerusform>%n input</numerusform>
            <numerusform>%n inputs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n input(s) with labels</source>
        <translation>
            <numerusform>%n input with labels</numerusform>
            <numerusform>%n inputs with labels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Embedding %n input(s)…</source>
        <translation>
            <numerusform>Embedding %n input…</numerusform>
            <numerusform>Embedding %n inputs…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from %1; analysing…</source>
        <translation>
            <numerusform>%n vector from %1; analysing…</numerusform>
            <numerusform>%n vectors from %1; analysing…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reranking %n document(s)…</source>
        <translation>
            <numerusform>Reranking %n document…</numerusform>
            <numerusform>Reranking %n documents…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready: embed the same %n input(s) with the second workload and compare their top-k neighbours.</source>
        <translation>
            <numerusform>Ready: embed the same %n input with the second workload and compare its top-k neighbours.</numerusform>
            <numerusform>Ready: embed the same %n inputs with the second workload and compare their top-k neighbours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n documents from %1</source>
        <translation>
            <numerusform>%n document from %1</numerusform>
            <numerusform>%n documents from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries from %1</source>
        <translation>
            <numerusform>%n query from %1</numerusform>
            <numerusform>%n queries from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to rank %n queries with %1.</source>
        <translation>
            <numerusform>Ready to rank %n query with %1.</numerusform>
            <numerusform>Ready to rank %n queries with %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queries against %1 documents at k = %2.</source>
        <translation>
            <numerusform>%n query against %1 documents at k = %2.</numerusform>
            <numerusform>%n queries against %1 documents at k = %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Perplexity lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Perplexity lowered to %1 for %n input.</numerusform>
            <numerusform>Perplexity lowered to %1 for %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Neighbours lowered to %1 for %n input(s).</source>
        <translation>
            <numerusform>Neighbours lowered to %1 for %n input.</numerusform>
            <numerusform>Neighbours lowered to %1 for %n inputs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) by k-means.</source>
        <translation>
            <numerusform>%n cluster by k-means.</numerusform>
            <numerusform>%n clusters by k-means.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache (no call) analysed in %1 ms; Embed again calls the workload.</source>
        <translation>
            <numerusform>%n vector from the cache (no call) analysed in %1 ms; Embed again calls the workload.</numerusform>
            <numerusform>%n vectors from the cache (no call) analysed in %1 ms; Embed again calls the workload.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vector(s) from the cache, embedded earlier by %1: no call made. Embed again to call the workload.</source>
        <translation>
            <numerusform>%n vector from the cache, embedded earlier by %1: no call made. Embed again to call the workload.</numerusform>
            <numerusform>%n vectors from the cache, embedded earlier by %1: no call made. Embed again to call the workload.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Error</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ErrorCard</name>
    <message numerus="yes">
        <source>Retrying in %n s (the server asked to wait)</source>
        <translation>
            <numerusform>Retrying in %n s (the server asked to wait)</numerusform>
            <numerusform>Retrying in %n s (the server asked to wait)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to wait: retry possible in %n s</source>
        <translation>
            <numerusform>The server asked to wait: retry possible in %n s</numerusform>
            <numerusform>The server asked to wait: retry possible in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::EvalView</name>
    <message numerus="yes">
        <source>%n tok</source>
        <translation>
            <numerusform>%n tok</numerusform>
            <numerusform>%n tok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No problems: every placeholder has a value in every row (%n row(s)).</source>
        <translation>
            <numerusform>No problems: every placeholder has a value in every row (%n row).</numerusform>
            <numerusform>No problems: every placeholder has a value in every row (%n rows).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resumed</source>
        <translation>
            <numerusform>%n resumed</numerusform>
            <numerusform>%n resumed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::Inspector</name>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n frame</numerusform>
            <numerusform>%n frames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(event stream: %n frame(s), see Frames; %1 not JSON; %2 comment line(s))</source>
        <translation>
            <numerusform>(event stream: %n frame, see Frames; %1 not JSON; %2 comment line(s))</numerusform>
            <numerusform>(event stream: %n frames, see Frames; %1 not JSON; %2 comment line(s))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::PlaygroundView</name>
    <message numerus="yes">
        <source>done · no text: the model called %n tool(s)</source>
        <translation>
            <numerusform>done · no text: the model called %n tool</numerusform>
            <numerusform>done · no text: the model called %n tools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RetrievalRankingModel</name>
    <message numerus="yes">
        <source>%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed</source>
        <translation>
            <numerusform>%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed</numerusform>
            <numerusform>%1 “%2” by %3: nDCG@%4 %5, recall@%4 %6; %n relevant missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::RetrievalSummaryModel</name>
    <message numerus="yes">
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ToolCallCards</name>
    <message numerus="yes">
        <source>The model called %n tool(s): answer each call, then send the results.</source>
        <translation>
            <numerusform>The model called %n tool: answer the call, then send the result.</numerusform>
            <numerusform>The model called %n tools: answer each call, then send the results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ToolsEditor</name>
    <message numerus="yes">
        <source>%n tool(s): %1</source>
        <translation>
            <numerusform>%n tool: %1</numerusform>
            <numerusform>%n tools: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::embed::AnnIndex</name>
    <message numerus="yes">
        <source>k = %1 but the index holds %n vector(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 but the index holds %n vector; choose k between 1 and %n</numerusform>
            <numerusform>k = %1 but the index holds %n vectors; choose k between 1 and %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>k = %1 but each row has %n other row(s); choose k between 1 and %n</source>
        <translation>
            <numerusform>k = %1 but each row has %n other row; choose k between 1 and %n</numerusform>
            <numerusform>k = %1 but each row has %n other rows; choose k between 1 and %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::embed::VectorSet</name>
    <message numerus="yes">
        <source>: %n metadata row(s)%1 for %2 vectors; give exactly one row per vector, in the same order</source>
        <translation>
            <numerusform>: %n metadata row%1 for %2 vectors; give exactly one row per vector, in the same order</numerusform>
            <numerusform>: %n metadata rows%1 for %2 vectors; give exactly one row per vector, in the same order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>: line %1 has %n column(s) but the header names %2; give every row the header&apos;s columns</source>
        <translation>
            <numerusform>: line %1 has %n column but the header names %2; give every row the header&apos;s columns</numerusform>
            <numerusform>: line %1 has %n columns but the header names %2; give every row the header&apos;s columns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n workload(s) in project %1.</source>
        <translation>
            <numerusform>%n workload in project %1.</numerusform>
            <numerusform>%n workloads in project %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ik::ui::MainWindow</name>
    <message numerus="yes">
        <source>Local sandbox started on %1 with %n demo workload(s).</source>
        <translation>
            <numerusform>Local sandbox started on %1 with %n demo workload.</numerusform>
            <numerusform>Local sandbox started on %1 with %n demo workloads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s); add each one&apos;s key in the key field.</source>
        <translation>
            <numerusform>Imported %n workload; add its key in the key field.</numerusform>
            <numerusform>Imported %n workloads; add each one&apos;s key in the key field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n workload(s) (no keys) to %1.</source>
        <translation>
            <numerusform>Exported %n workload (no key) to %1.</numerusform>
            <numerusform>Exported %n workloads (no keys) to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n workload(s).</source>
        <translation>
            <numerusform>Imported %n workload.</numerusform>
            <numerusform>Imported %n workloads.</numerusform>
        </translation>
    </message>
</context>
</TS>
