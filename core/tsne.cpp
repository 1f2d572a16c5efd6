// Barnes–Hut t-SNE: perplexity calibration, joint probabilities, the space-partitioning tree and
// gradient descent with momentum and gains, after bhtsne (tsne.cpp, sptree.cpp).
#include "tsne.h"

#include "rowkernel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace ik::embed {

namespace {

// A quadtree (D = 2) or octree (D = 3) over the layout: every node keeps the centre of mass and
// the count of the points below it. Points that coincide (or that are still together at the
// depth limit) share one leaf, which keeps a tree of identical points finite. What traversal
// reads is packed apart from what only building needs, and points go in along a Morton curve,
// so nodes near in space are near in memory.
template <int D> class SpaceTree {
public:
    void build(const double* y, const std::vector<int>& order, const double* lo, double extent) {
        nodes_.clear();
        cells_.clear();
        nodes_.reserve(order.size() * 2);
        cells_.reserve(order.size() * 2);
        Cell root;
        for (int c = 0; c < D; ++c)
            root.centre[c] = lo[c] + extent / 2;
        root.half = extent / 2 * (1 + 1e-9) + 1e-12;
        cells_.push_back(root);
        nodes_.push_back({});
        nodes_[0].side2 = 4 * root.half * root.half;
        for (int i : order)
            insert(y + size_t(i) * D);
    }

    // The repulsive force on a point at p (before division by the sum of q) and its share of
    // that sum, with cells summarised when their side is below theta times their distance.
    void repulsion(const double* p, double theta2, double* force, double& sumQ) const {
        int stack[64 * (1 << D)];
        int top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Node& nd = nodes_[size_t(stack[--top])];
            if (nd.count == 0)
                continue;
            double diff[D], d2 = 0;
            for (int c = 0; c < D; ++c)
                diff[c] = p[c] - nd.com[c], d2 += diff[c] * diff[c];
            if (nd.child >= 0 && nd.side2 >= theta2 * d2) {
                for (int c = 0; c < (1 << D); ++c)
                    stack[top++] = nd.child + c;
                continue;
            }
            // A leaf at the point's own position holds the point itself: it does not repel
            // itself, but any duplicates there do, at distance 0.
            const int count = nd.count - (nd.child < 0 && d2 == 0 ? 1 : 0);
            if (count <= 0)
                continue;
            const double q = 1.0 / (1.0 + d2);
            sumQ += count * q;
            for (int c = 0; c < D; ++c)
                force[c] += count * q * q * diff[c];
        }
    }

private:
    static constexpr int kMaxDepth = 48;
    struct Node {
        double com[D] = {};
        double side2 = 0; // the cell's side, squared
        int count = 0;
        int child = -1; // first of 2^D children; -1 for a leaf
    };
    struct Cell {
        double centre[D] = {};
        double half = 0;
    };

    int childOf(int node, const double* p) const {
        int c = 0;
        for (int k = 0; k < D; ++k)
            c |= (p[k] > cells_[size_t(node)].centre[k] ? 1 : 0) << k;
        return nodes_[size_t(node)].child + c;
    }

    void addMass(int node, const double* p) {
        Node& nd = nodes_[size_t(node)];
        for (int c = 0; c < D; ++c)
            nd.com[c] = (nd.com[c] * nd.count + p[c]) / (nd.count + 1);
        ++nd.count;
    }

    void subdivide(int node) {
        const int first = int(nodes_.size());
        const Cell parent = cells_[size_t(node)];
        for (int c = 0; c < (1 << D); ++c) {
            Cell child;
            child.half = parent.half / 2;
            for (int k = 0; k < D; ++k)
                child.centre[k] = parent.centre[k] + ((c >> k) & 1 ? child.half : -child.half);
            cells_.push_back(child);
            Node n;
            n.side2 = 4 * child.half * child.half;
            nodes_.push_back(n);
        }
        nodes_[size_t(node)].child = first;
        const Node& full = nodes_[size_t(node)];
        Node& moved = nodes_[size_t(childOf(node, full.com))];
        std::copy(full.com, full.com + D, moved.com);
        moved.count = full.count;
    }

    void insert(const double* p) {
        int node = 0;
        for (int depth = 0;; ++depth) {
            if (nodes_[size_t(node)].child < 0) {
                const Node& leaf = nodes_[size_t(node)];
                const bool same = std::equal(p, p + D, leaf.com);
                if (leaf.count == 0 || same || depth >= kMaxDepth) {
                    addMass(node, p);
                    return;
                }
                subdivide(node);
            }
            addMass(node, p);
            node = childOf(node, p);
        }
    }

    std::vector<Node> nodes_;
    std::vector<Cell> cells_;
};

// Spreads the low bits of x so D - 1 zero bits separate each: the Morton interleave.
quint64 spread(quint64 x, int d) {
    quint64 out = 0;
    for (int b = 0; b < 63 / d; ++b)
        out |= ((x >> b) & 1) << (b * d);
    return out;
}

// Row i's conditional probabilities over its K neighbours at the asked perplexity: the beta
// (1 / 2 sigma^2) whose distribution has entropy log(perplexity), by bisection. Distances are
// shifted by the nearest one first, which leaves P unchanged and keeps exp() from underflowing
// on the long distances of high-dimensional rows.
} // namespace

void conditionalProbabilities(const float* dist, int k, double perplexity, double* p) {
    const double target = std::log(perplexity);
    const double nearest = double(dist[0]) * dist[0];
    double beta = 1, lo = -std::numeric_limits<double>::infinity(),
           hi = std::numeric_limits<double>::infinity();
    for (int it = 0; it < 200; ++it) {
        double sum = 0, weighted = 0;
        for (int m = 0; m < k; ++m) {
            const double d2 = double(dist[m]) * dist[m] - nearest;
            p[m] = std::exp(-beta * d2);
            sum += p[m];
            weighted += beta * d2 * p[m];
        }
        const double entropy = weighted / sum + std::log(sum);
        const double diff = entropy - target;
        if (std::abs(diff) < 1e-5)
            break;
        if (diff > 0)
            lo = beta, beta = std::isinf(hi) ? beta * 2 : (beta + hi) / 2;
        else
            hi = beta, beta = std::isinf(lo) ? beta / 2 : (beta + lo) / 2;
    }
    double sum = 0;
    for (int m = 0; m < k; ++m)
        sum += p[m];
    for (int m = 0; m < k; ++m)
        p[m] /= sum;
}

namespace {

QString checkOptions(const KnnGraph& g, const TsneOptions& o) {
    if (QString e = checkGraph(g); !e.isEmpty())
        return e;
    if (!(o.perplexity >= 1) || !std::isfinite(o.perplexity))
        return QCoreApplication::translate("ik::embed::Tsne",
                                           "perplexity is %1: use at least 1 (5 to 50 is usual)")
            .arg(o.perplexity);
    const int k = tsneNeighbours(o.perplexity);
    if (k >= g.n)
        return QCoreApplication::translate(
                   "ik::embed::Tsne",
                   "perplexity %1 needs %2 neighbours per row but there are only %3 rows: lower "
                   "it to at most %4 or add rows")
            .arg(o.perplexity)
            .arg(k)
            .arg(g.n)
            .arg(std::floor((g.n - 1) / 3.0));
    if (g.k < k)
        return QCoreApplication::translate("ik::embed::Tsne",
                                           "the neighbour graph has %1 neighbours per row; "
                                           "perplexity %2 needs %3: build it "
                                           "with more neighbours or lower the perplexity")
            .arg(g.k)
            .arg(o.perplexity)
            .arg(k);
    if (o.nComponents != 2 && o.nComponents != 3)
        return QCoreApplication::translate("ik::embed::Tsne",
                                           "%1 components: t-SNE lays out in 2 or 3")
            .arg(o.nComponents);
    if (o.iterations < 0 || !(o.theta >= 0) || !(o.learningRate >= 0) ||
        !(o.earlyExaggeration > 0) || o.exaggerationIterations < 0)
        return QCoreApplication::translate(
            "ik::embed::Tsne",
            "iterations, theta, the learning rate and the exaggeration must not be negative");
    return {};
}

int sign(double x) {
    return (x > 0) - (x < 0);
}

double uniform(quint64& state) {
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return double((z ^ (z >> 31)) >> 11) * 0x1.0p-53;
}

} // namespace

int tsneNeighbours(double perplexity) {
    return int(3 * perplexity);
}

JointP jointProbabilities(const KnnGraph& g, double perplexity) {
    JointP jp;
    const int k = tsneNeighbours(perplexity);
    if (!checkGraph(g).isEmpty() || k < 1 || g.k < k)
        return jp;
    struct Entry {
        int row, col;
        double p;
    };
    std::vector<Entry> all;
    all.reserve(size_t(g.n) * size_t(k) * 2);
    std::vector<double> p(static_cast<size_t>(k));
    for (int i = 0; i < g.n; ++i) {
        conditionalProbabilities(g.distancesOf(i), k, perplexity, p.data());
        for (int m = 0; m < k; ++m) {
            all.push_back({i, g.neighbours(i)[m], p[size_t(m)]});
            all.push_back({g.neighbours(i)[m], i, p[size_t(m)]});
        }
    }
    std::sort(all.begin(), all.end(), [](const Entry& a, const Entry& b) {
        return a.row != b.row ? a.row < b.row : a.col < b.col;
    });
    jp.n = g.n;
    jp.rowStart.assign(size_t(g.n) + 1, 0);
    double total = 0;
    for (size_t s = 0; s < all.size();) {
        size_t e = s;
        double sum = 0;
        for (; e < all.size() && all[e].row == all[s].row && all[e].col == all[s].col; ++e)
            sum += all[e].p;
        jp.columns.push_back(all[s].col);
        jp.values.push_back(sum);
        ++jp.rowStart[size_t(all[s].row) + 1];
        total += sum;
        s = e;
    }
    for (int i = 0; i < g.n; ++i)
        jp.rowStart[size_t(i) + 1] += jp.rowStart[size_t(i)];
    for (double& v : jp.values)
        v /= total;
    return jp;
}

QString Tsne::start(const KnnGraph& graph, const TsneOptions& options) {
    *this = Tsne();
    if (QString e = checkOptions(graph, options); !e.isEmpty())
        return e;
    options_ = options;
    n_ = graph.n;
    dim_ = options.nComponents;
    p_ = jointProbabilities(graph, options.perplexity);
    eta_ = options.learningRate > 0 ? options.learningRate
                                    : std::max(n_ / options.earlyExaggeration / 4, 50.0);
    const size_t size = size_t(n_) * size_t(dim_);
    y_.resize(size);
    quint64 rng = options.seed;
    for (size_t i = 0; i < size; ++i) { // Box–Muller, from our own uniforms for portability
        const double u1 = 1.0 - uniform(rng), u2 = uniform(rng);
        y_[i] = 1e-4 * std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
    }
    update_.assign(size, 0.0);
    gains_.assign(size, 1.0);
    grad_.assign(size, 0.0);
    layout_.assign(y_.begin(), y_.end());
    return {};
}

int Tsne::step(int iterations) {
    int ran = 0;
    for (; ran < iterations && iteration_ < options_.iterations; ++ran, ++iteration_)
        iterate();
    if (ran > 0)
        layout_.assign(y_.begin(), y_.end());
    return ran;
}

void Tsne::iterate() {
    const bool early = iteration_ < options_.exaggerationIterations;
    gradient(early ? options_.earlyExaggeration : 1.0);
    const double momentum = early ? 0.5 : 0.8;
    for (size_t i = 0; i < y_.size(); ++i) {
        // A gain grows while the gradient keeps pointing against the last move, else shrinks.
        gains_[i] =
            std::max(0.01, sign(grad_[i]) != sign(update_[i]) ? gains_[i] + 0.2 : gains_[i] * 0.8);
        update_[i] = momentum * update_[i] - eta_ * gains_[i] * grad_[i];
        y_[i] += update_[i];
    }
    // The cost does not change when the layout moves: keep it centred so the tree stays tight.
    for (int c = 0; c < dim_; ++c) {
        double mean = 0;
        for (int i = 0; i < n_; ++i)
            mean += y_[size_t(i * dim_ + c)];
        mean /= n_;
        for (int i = 0; i < n_; ++i)
            y_[size_t(i * dim_ + c)] -= mean;
    }
}

// dC/dy_i = 4 (sum_j p_ij q_ij Z (y_i - y_j) - sum_j q_ij^2 Z (y_i - y_j)): the attraction over
// P's entries, the repulsion from the tree. Each point's forces are computed alone and the sum
// of q is added in row order, so the result is the same for any number of threads.
void Tsne::gradient(double exaggeration) {
    const int blocks = (n_ + 255) / 256;
    const Control quiet{nullptr, {}, options_.threads};
    const int threads = detail::threadCount(quiet, blocks);
    attract_.assign(y_.size(), 0.0);
    detail::parallelBlocks(blocks, quiet, threads, [&](int b, int) {
        for (int i = b * 256; i < std::min(n_, (b + 1) * 256); ++i) {
            const double* yi = y_.data() + size_t(i) * size_t(dim_);
            double* out = attract_.data() + size_t(i) * size_t(dim_);
            for (int e = p_.rowStart[size_t(i)]; e < p_.rowStart[size_t(i) + 1]; ++e) {
                const double* yj = y_.data() + size_t(p_.columns[size_t(e)]) * size_t(dim_);
                double d2 = 0;
                for (int c = 0; c < dim_; ++c)
                    d2 += (yi[c] - yj[c]) * (yi[c] - yj[c]);
                const double mult = exaggeration * p_.values[size_t(e)] / (1.0 + d2);
                for (int c = 0; c < dim_; ++c)
                    out[c] += mult * (yi[c] - yj[c]);
            }
        }
    });
    const double extent = mortonOrder();
    repel_.assign(y_.size(), 0.0);
    sumQ_.assign(size_t(n_), 0.0);
    const double theta2 = options_.theta * options_.theta;
    auto repelAll = [&](auto& tree) {
        tree.build(y_.data(), order_, low_, extent);
        detail::parallelBlocks(blocks, quiet, threads, [&](int b, int) {
            for (int r = b * 256; r < std::min(n_, (b + 1) * 256); ++r) {
                const size_t i = size_t(order_[size_t(r)]);
                tree.repulsion(y_.data() + i * size_t(dim_), theta2,
                               repel_.data() + i * size_t(dim_), sumQ_[i]);
            }
        });
    };
    if (dim_ == 2) {
        SpaceTree<2> tree;
        repelAll(tree);
    } else {
        SpaceTree<3> tree;
        repelAll(tree);
    }
    const double sumQ = std::accumulate(sumQ_.begin(), sumQ_.end(), 0.0);
    for (size_t i = 0; i < y_.size(); ++i)
        grad_[i] = 4.0 * (attract_[i] - (sumQ > 0 ? repel_[i] / sumQ : 0.0));
}

// Rows sorted along a Morton curve over the layout's bounding box (ties by row), so that tree
// building and the queries after it walk the tree in space order. Returns the box's side.
double Tsne::mortonOrder() {
    double hi[3];
    for (int c = 0; c < dim_; ++c) {
        low_[c] = std::numeric_limits<double>::infinity(), hi[c] = -low_[c];
        for (int i = 0; i < n_; ++i)
            low_[c] = std::min(low_[c], y_[size_t(i * dim_ + c)]),
            hi[c] = std::max(hi[c], y_[size_t(i * dim_ + c)]);
    }
    double extent = 0;
    for (int c = 0; c < dim_; ++c)
        extent = std::max(extent, hi[c] - low_[c]);
    const int bits = dim_ == 2 ? 16 : 10;
    const double scale = extent > 0 ? ((1 << bits) - 1) / extent : 0;
    keys_.resize(size_t(n_));
    order_.resize(size_t(n_));
    for (int i = 0; i < n_; ++i) {
        quint64 key = 0;
        for (int c = 0; c < dim_; ++c)
            key |= spread(quint64((y_[size_t(i * dim_ + c)] - low_[c]) * scale), dim_) << c;
        keys_[size_t(i)] = key;
        order_[size_t(i)] = i;
    }
    std::sort(order_.begin(), order_.end(), [&](int a, int b) {
        return keys_[size_t(a)] != keys_[size_t(b)] ? keys_[size_t(a)] < keys_[size_t(b)] : a < b;
    });
    return extent;
}

Layout tsne(const KnnGraph& graph, const TsneOptions& options, const Control& control,
            const LayoutCallback& onLayout, int every) {
    Tsne t;
    if (QString e = t.start(graph, options); !e.isEmpty()) {
        Layout out;
        out.error = e;
        return out;
    }
    return runToEnd(t, control, onLayout, every);
}

} // namespace ik::embed
