// Parsing speed of the two bulk paths: a streamed chat (SSE framing + chunk decoding) and a large
// embeddings response. Each figure is printed beside a baseline measured in the same run over the
// same bytes, and the ratio between them.

#include "sse.h"
#include "wire.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocale>
#include <QRandomGenerator>

#include <cstdio>
#include <cstring>
#include <functional>
#include <limits>

namespace {

constexpr int kChunks = 100000;
constexpr int kRepetitions = 7;
constexpr qsizetype kReadSize = 4096; // a typical readyRead delivery

// A recording of what a vLLM-style server sends for a long streamed answer.
QByteArray recordedStream() {
    static const char* words[] = {"¡Hola",    " mundo",     ",",     " the", " workload",
                                  " answers", " café",      " 世界", " and", " tokens",
                                  " 😀",       " streaming", ".",     "\\n"};
    QByteArray s;
    s.reserve(kChunks * 200);
    const QByteArray head = "data: {\"id\":\"chatcmpl-5d1f0c2e9b\",\"object\":\"chat.completion."
                            "chunk\",\"created\":1732000000,\"model\":\"meta-llama/Llama-3.1-8B-"
                            "Instruct\",\"choices\":[{\"index\":0,\"delta\":{";
    s += head + "\"role\":\"assistant\",\"content\":\"\"},\"logprobs\":null,\"finish_reason\":"
                "null}]}\n\n";
    for (int i = 1; i < kChunks - 1; ++i) {
        s += head;
        s += "\"content\":\"";
        s += words[i % (sizeof words / sizeof *words)];
        s += "\"},\"logprobs\":null,\"finish_reason\":null}]}\n\n";
    }
    s += head + "},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":"
                "42,\"completion_tokens\":99999,\"total_tokens\":100041}}\n\n";
    s += "data: [DONE]\n\n";
    return s;
}

// OpenAI-compatible embeddings body, numbers written the way Python's json module writes a
// float32 widened to double (shortest round-trip form).
QByteArray embeddingsBody(int count, int dimension) {
    QRandomGenerator rng(20241127);
    QByteArray s;
    s.reserve(qsizetype(count) * dimension * 22);
    s += "{\"object\":\"list\",\"data\":[";
    for (int i = 0; i < count; ++i) {
        if (i)
            s += ',';
        s += "{\"object\":\"embedding\",\"index\":" + QByteArray::number(i) + ",\"embedding\":[";
        for (int j = 0; j < dimension; ++j) {
            if (j)
                s += ',';
            const float f = static_cast<float>((rng.generateDouble() * 2 - 1) * 0.08);
            s += QByteArray::number(double(f), 'g', QLocale::FloatingPointShortest);
        }
        s += "]}";
    }
    s += "],\"model\":\"nomic-embed-text\",\"usage\":{\"prompt_tokens\":12000,\"total_tokens\":"
         "12000}}";
    return s;
}

// Best wall time of several runs, in seconds: the least disturbed by the machine's other work.
double bestOf(const std::function<void()>& run) {
    double best = std::numeric_limits<double>::max();
    for (int r = 0; r < kRepetitions; ++r) {
        QElapsedTimer t;
        t.start();
        run();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

double mbPerS(qsizetype bytes, double seconds) {
    return double(bytes) / 1e6 / seconds;
}

void bench(const char* name, double value, const char* unit) {
    std::printf("BENCH %s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main() {
    // ---- SSE: frame and decode a recorded stream ----
    const QByteArray stream = recordedStream();
    qsizetype textChars = 0;
    int chunks = 0;
    bool done = false;
    const double sseSeconds = bestOf([&] {
        ik::SseParser parser;
        textChars = 0;
        chunks = 0;
        done = false;
        for (qsizetype pos = 0; pos < stream.size(); pos += kReadSize) {
            const qsizetype n = std::min(kReadSize, stream.size() - pos);
            for (const ik::SseEvent& e :
                 parser.feed(QByteArray::fromRawData(stream.constData() + pos, n))) {
                if (e.done) {
                    done = true;
                    continue;
                }
                const ik::ChatChunk c = ik::parseChatChunk(e.data);
                textChars += c.content.size();
                ++chunks;
            }
        }
        parser.finish();
    });
    if (chunks != kChunks || !done || textChars == 0) {
        std::fprintf(stderr, "sse: wrong result (%d chunks, done=%d)\n", chunks, int(done));
        return 1;
    }

    qsizetype lines = 0;
    const double memchrSeconds = bestOf([&] {
        lines = 0;
        const char* p = stream.constData();
        const char* end = p + stream.size();
        while (const void* nl = std::memchr(p, '\n', end - p)) {
            ++lines;
            p = static_cast<const char*>(nl) + 1;
        }
    });
    if (lines != 2 * (kChunks + 1))
        return 1;

    // The decode alone, for orientation: QJsonDocument over each payload already split off.
    QList<QByteArray> payloads;
    for (const QByteArray& line : stream.split('\n'))
        if (line.startsWith("data: {"))
            payloads << line.mid(6);
    qsizetype payloadBytes = 0;
    for (const QByteArray& p : payloads)
        payloadBytes += p.size();
    const double jsonSeconds = bestOf([&] {
        for (const QByteArray& p : payloads)
            if (QJsonDocument::fromJson(p).isNull())
                std::abort();
    });

    const double sse = mbPerS(stream.size(), sseSeconds);
    const double sseBaseline = mbPerS(stream.size(), memchrSeconds);
    std::printf("sse: %lld bytes, %d chunks, best of %d: %.1f ms (%.0f chunks/s)\n",
                static_cast<long long>(stream.size()), chunks, kRepetitions, sseSeconds * 1e3,
                chunks / sseSeconds);
    bench("sse_parse_mb_per_s", sse, "MB/s");
    bench("sse_parse_baseline_memchr_mb_per_s", sseBaseline, "MB/s");
    bench("sse_parse_vs_memchr_ratio", sse / sseBaseline, "ratio");
    bench("sse_parse_baseline_qjson_decode_only_mb_per_s", mbPerS(payloadBytes, jsonSeconds),
          "MB/s");

    // ---- embeddings: 1,000 x 1,024 floats ----
    const QByteArray body = embeddingsBody(1000, 1024);
    ik::EmbeddingsResponse response;
    const double embedSeconds = bestOf([&] {
        if (auto e = ik::parseEmbeddingsResponse(body, 1000, &response)) {
            std::fprintf(stderr, "embed: %s\n", qPrintable(e->summary()));
            std::abort();
        }
    });
    if (response.vectors.size() != 1000 || response.vectors[999].size() != 1024)
        return 1;
    const double qjsonSeconds = bestOf([&] {
        if (QJsonDocument::fromJson(body).isNull())
            std::abort();
    });
    const double embed = mbPerS(body.size(), embedSeconds);
    const double embedBaseline = mbPerS(body.size(), qjsonSeconds);
    std::printf("embed: %lld bytes, best of %d: %.1f ms (QJsonDocument::fromJson alone %.1f ms)\n",
                static_cast<long long>(body.size()), kRepetitions, embedSeconds * 1e3,
                qjsonSeconds * 1e3);
    bench("embed_parse_mb_per_s", embed, "MB/s");
    bench("embed_parse_baseline_qjson_mb_per_s", embedBaseline, "MB/s");
    bench("embed_parse_vs_qjson_ratio", embed / embedBaseline, "ratio");
    return 0;
}
