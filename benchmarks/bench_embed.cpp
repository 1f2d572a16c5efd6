// The embedding inspector's pipeline at the scale issue 6 promises (2,000 inputs of 1,024
// dimensions): parse the response, compute the full similarity matrix and a 2D PCA. The
// similarity kernel is also timed against a plain triple loop over the same data in this run.

#include "embedmath.h"
#include "wire.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace {

constexpr int kInputs = 2000;
constexpr int kDims = 1024;
constexpr int kRepetitions = 5;

// A vLLM-style body: unit vectors around a few topics (so PCA has structure to find), numbers
// in shortest round-trip form, `data` in reverse order so the index ordering is exercised.
QByteArray embeddingsBody() {
    std::mt19937 rng(42);
    std::normal_distribution<float> g(0.0f, 1.0f);
    std::vector<std::vector<float>> topics(8, std::vector<float>(kDims));
    for (auto& t : topics)
        for (float& x : t)
            x = g(rng);
    QList<QByteArray> items;
    for (int i = 0; i < kInputs; ++i) {
        std::vector<float> v(kDims);
        double norm = 0;
        for (int t = 0; t < kDims; ++t) {
            v[size_t(t)] = topics[size_t(i % 8)][size_t(t)] + 0.8f * g(rng);
            norm += double(v[size_t(t)]) * v[size_t(t)];
        }
        QByteArray item =
            "{\"object\":\"embedding\",\"index\":" + QByteArray::number(i) + ",\"embedding\":[";
        char buf[32];
        for (int t = 0; t < kDims; ++t) {
            if (t)
                item += ',';
            const auto r =
                std::to_chars(buf, buf + sizeof buf, float(v[size_t(t)] / std::sqrt(norm)));
            item.append(buf, r.ptr - buf);
        }
        item += "]}";
        items.prepend(item);
    }
    return "{\"object\":\"list\",\"model\":\"bench-embed\",\"data\":[" + items.join(',') +
           "],\"usage\":{\"prompt_tokens\":1,\"total_tokens\":1}}";
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// The baseline: what one writes first. Norms once, then every pair by a plain float loop.
std::vector<float> naiveSimilarity(const ik::embed::Vectors& v) {
    const int n = int(v.size()), d = int(v.first().size());
    std::vector<float> norms(static_cast<size_t>(n)), out(static_cast<size_t>(n) * size_t(n));
    for (int i = 0; i < n; ++i) {
        float s = 0;
        for (int k = 0; k < d; ++k)
            s += v[i][k] * v[i][k];
        norms[size_t(i)] = std::sqrt(s);
    }
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j) {
            float s = 0;
            for (int k = 0; k < d; ++k)
                s += v[i][k] * v[j][k];
            out[size_t(i) * size_t(n) + size_t(j)] = s / (norms[size_t(i)] * norms[size_t(j)]);
        }
    return out;
}

} // namespace

int main() {
    const QByteArray body = embeddingsBody();
    std::fprintf(stderr, "response: %lld bytes, %d x %d\n", qlonglong(body.size()), kInputs, kDims);

    std::vector<double> pipeline, similarity;
    ik::EmbeddingsResponse response;
    for (int r = 0; r < kRepetitions; ++r) {
        QElapsedTimer total;
        total.start();
        response = {};
        if (auto e = ik::parseEmbeddingsResponse(body, kInputs, &response)) {
            std::fprintf(stderr, "parse failed: %s\n", qPrintable(e->summary()));
            return 1;
        }
        const qint64 parsedNs = total.nsecsElapsed();
        const auto matrix = ik::embed::similarityMatrix(response.vectors);
        const qint64 similarityNs = total.nsecsElapsed() - parsedNs;
        const auto pca = ik::embed::pca2d(response.vectors);
        const qint64 totalNs = total.nsecsElapsed();
        if (!matrix || !pca) {
            std::fprintf(stderr, "computation failed\n");
            return 1;
        }
        pipeline.push_back(double(totalNs) / 1e6);
        similarity.push_back(double(similarityNs) / 1e6);
        std::fprintf(stderr,
                     "run %d: parse %.1f ms, similarity %.1f ms, pca %.1f ms (explained %.3f + "
                     "%.3f)\n",
                     r, double(parsedNs) / 1e6, double(similarityNs) / 1e6,
                     double(totalNs - parsedNs - similarityNs) / 1e6, pca->explained[0],
                     pca->explained[1]);
    }

    QElapsedTimer naiveTimer;
    naiveTimer.start();
    const std::vector<float> naive = naiveSimilarity(response.vectors);
    const double naiveMs = double(naiveTimer.nsecsElapsed()) / 1e6;
    // Same answers, or the speed means nothing.
    const auto matrix = ik::embed::similarityMatrix(response.vectors);
    double worst = 0;
    for (size_t i = 0; i < naive.size(); ++i)
        worst = std::max(worst, double(std::abs(naive[i] - matrix->values[i])));
    std::fprintf(stderr, "naive triple loop: %.1f ms; largest difference %.2g\n", naiveMs, worst);
    if (worst > 1e-4)
        return 1;

    std::printf("BENCH embed_pipeline_2000x1024_ms %.1f ms\n", median(pipeline));
    std::printf("BENCH similarity_speedup_vs_naive %.1f ratio\n", naiveMs / median(similarity));
    return 0;
}
