// input.features: the data set's features for the batch, as dense numbers plus categorical fields
// either one-hot encoded (a sparse batch: only the ~fields non-zeros per example are touched
// downstream) or looked up in trained embedding tables.
#include <omp.h>

#include <numeric>

#include "graph/Registry.h"
#include "nn/Linear.h"
#include "nn/Parallel.h"

namespace mtl {

namespace {

int sum(const std::vector<int>& v) { return std::accumulate(v.begin(), v.end(), 0); }

class InputLayer : public Layer {
public:
    InputLayer(const Node& n, Rng& rng) {
        numeric_ = static_cast<int>(n.getInt("numeric"));
        cards_ = n.getList("categories");
        embedding_ = n.getString("encoding") == "embedding";
        emb_ = static_cast<int>(n.getInt("embedding_dim"));
        offsets_.resize(cards_.size());
        int off = 0;
        for (size_t f = 0; f < cards_.size(); ++f) {
            offsets_[f] = off;
            off += cards_[f];
        }
        if (embedding_ && !cards_.empty()) {
            table_.name = n.name + ".embedding";
            table_.init(emb_, off);
            std::normal_distribution<double> nd(0.0, 0.05);
            for (Eigen::Index k = 0; k < table_.value.size(); ++k)
                table_.value.data()[k] = static_cast<Real>(nd(rng));
        }
    }

    void forward(RunContext& ctx) override {
        const Dataset& d = *ctx.data;
        const int B = ctx.batch;
        const int F = static_cast<int>(cards_.size());
        Value& v = *out[0];
        if (F == 0 || embedding_) {
            v.isSparse = false;
            const int rows = numeric_ + (embedding_ ? F * emb_ : 0);
            v.m.resize(rows, B);
            parallelFor(int(0), int(B), rows * B > 8192 && !omp_in_parallel(), [&](int j) {
                const int r = ctx.rows[j];
                if (numeric_) v.m.col(j).head(numeric_) = d.numeric.col(r).cast<Real>();
                for (int f = 0; f < F; ++f)
                    v.m.col(j).segment(numeric_ + f * emb_, emb_) =
                        table_.value.col(offsets_[f] + d.categorical(f, r));
            });
            return;
        }
        // One-hot: numeric entries first, then one entry per field.
        v.isSparse = true;
        SparseBatch& s = v.sparse;
        s.rows = numeric_ + sum(cards_);
        s.cols = B;
        const int per = numeric_ + F;
        s.start.resize(B + 1);
        s.index.resize(static_cast<size_t>(B) * per);
        s.value.resize(static_cast<size_t>(B) * per);
        // Each example fills its own slice: worth a second thread at census batch sizes.
        parallelFor(int(0), int(B), B * per > 8192 && !omp_in_parallel(), [&](int j) {
            const int r = ctx.rows[j];
            const size_t base = static_cast<size_t>(j) * per;
            s.start[j] = static_cast<int>(base);
            for (int i = 0; i < numeric_; ++i) {
                s.index[base + i] = i;
                s.value[base + i] = static_cast<Real>(d.numeric(i, r));
            }
            for (int f = 0; f < F; ++f) {
                s.index[base + numeric_ + f] = numeric_ + offsets_[f] + d.categorical(f, r);
                s.value[base + numeric_ + f] = Real(1);
            }
        });
        s.start[B] = B * per;
        s.changed();
    }

    void backward(RunContext& ctx) override {
        if (!embedding_ || cards_.empty()) return;
        const Mat& g = *outGrad[0];
        const Dataset& d = *ctx.data;
        table_.grad.setZero();
        for (int j = 0; j < ctx.batch; ++j) {
            const int r = ctx.rows[j];
            for (size_t f = 0; f < cards_.size(); ++f)
                table_.grad.col(offsets_[f] + d.categorical(f, r)) +=
                    g.col(j).segment(numeric_ + static_cast<int>(f) * emb_, emb_);
        }
    }

    void collectParams(std::vector<Param*>& p) override {
        if (embedding_ && !cards_.empty()) p.push_back(&table_);
    }

private:
    int numeric_ = 0, emb_ = 0;
    bool embedding_ = false;
    std::vector<int> cards_, offsets_;
    Param table_;
};

}  // namespace

void registerInputTypes(Registry& r) {
    NodeType t;
    t.key = "input.features";
    t.category = "Inputs";
    t.displayName = "Features";
    t.description =
        "The data set's input features: numeric columns plus categorical fields, "
        "one-hot (sparse) or embedded.";
    t.role = NodeRole::Input;
    t.params = {
        intParam("numeric", 0, 0, 1e7, "Numeric columns",
                 "Number of numeric feature columns (set from the data)."),
        listParam("categories", {}, 1, 1e8, "Categories",
                  "Cardinality of each categorical field (set from the data)."),
        choiceParam(
            "encoding", "onehot", {"onehot", "embedding"}, "Encoding",
            "How categorical fields enter the network: sparse one-hot or learned embeddings."),
        intParam("embedding_dim", 4, 1, 1024, "Embedding size",
                 "Width of each field's embedding (embedding encoding)."),
    };
    t.params[1].allowEmpty = true;
    t.ports = [](const Node&) {
        PortList p;
        p.outputs = {{"x", PortKind::Features, true, "feature vector"}};
        return p;
    };
    t.infer = [](InferContext& c) {
        const Node& n = c.node;
        const int num = static_cast<int>(n.getInt("numeric"));
        const auto& cards = n.getList("categories");
        const bool emb = n.getString("encoding") == "embedding";
        Shape s;
        s.dim = num +
                (emb ? static_cast<int>(cards.size()) * static_cast<int>(n.getInt("embedding_dim"))
                     : sum(cards));
        s.sparse = !emb && !cards.empty();
        if (s.dim <= 0) {
            c.error(Issue::Kind::DimensionMismatch, "x",
                    "the input has no features: choose the data in the Data dock (its widths "
                    "are filled in from it)");
            return;
        }
        c.out = {s};
    };
    t.create = [](const LayerInit& li) -> std::unique_ptr<Layer> {
        return std::make_unique<InputLayer>(li.node, li.rng);
    };
    r.add(std::move(t));
}

}  // namespace mtl
