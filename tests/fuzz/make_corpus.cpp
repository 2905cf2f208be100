// Writes the seed corpus of the fuzz harnesses from real files of the engine:
//   fuzz_make_corpus <out folder> [<census-income folder>]
// <out>/model: small trained models (Adam state, SGD without state); <out>/graph: every template
// as a graph file; <out>/fragment: copied selections as the editor puts them on the clipboard;
// <out>/project: projects with and without a trained run; <out>/csv: small CSV files (byte 0 is
// the harness's option byte); <out>/census: the first lines of the real census files (at most
// 20 lines in all), when the folder is given.
#include <boost/iostreams/filter/gzip.hpp>
#include <boost/iostreams/filtering_stream.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "data/DataSpec.h"
#include "graph/Templates.h"
#include "io/Archive.h"
#include "nn/Model.h"
#include "train/Run.h"
#include "train/Trainer.h"

namespace fs = std::filesystem;

namespace {

void write(const fs::path& path, const std::string& bytes) {
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
    std::cout << path.string() << " (" << bytes.size() << " bytes)\n";
}

mtl::DataSpec smallSpec(bool binary) {
    mtl::DataSpec spec;
    spec.synthetic.d = 6;
    spec.synthetic.nTrain = 60;
    spec.synthetic.nValid = 20;
    spec.synthetic.nTest = 20;
    spec.synthetic.binary = binary;
    return spec;
}

mtl::TemplateOptions smallOptions(const mtl::DataSchema& schema) {
    mtl::TemplateOptions o;
    o.schema = schema;
    o.experts = 2;
    o.expertUnits = {3};
    o.towerUnits = {2};
    o.bottomUnits = {4};
    o.pleSpecific = 1;
    o.pleShared = 1;
    return o;
}

// The first `n` lines of a census file (plain or .gz).
std::string censusLines(const fs::path& dir, const std::string& name, int n) {
    std::string out, line;
    if (fs::exists(dir / name)) {
        std::ifstream in(dir / name);
        for (int i = 0; i < n && std::getline(in, line); ++i) out += line + "\n";
        return out;
    }
    std::ifstream file(dir / (name + ".gz"), std::ios::binary);
    boost::iostreams::filtering_istream in;
    in.push(boost::iostreams::gzip_decompressor());
    in.push(file);
    for (int i = 0; i < n && std::getline(in, line); ++i) out += line + "\n";
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: fuzz_make_corpus <out folder> [<census-income folder>]\n";
        return 2;
    }
    const fs::path out(argv[1]);

    // Graphs: every template, built for the synthetic layout.
    for (const mtl::TemplateInfo& t : mtl::templateList()) {
        const mtl::DataSchema schema = mtl::templateSchema(t.key, mtl::defaultSchema());
        write(out / "graph" / (t.key + ".mtlgraph"),
              mtl::saveGraphToString(mtl::makeTemplate(t.key, smallOptions(schema))));
    }

    // Clipboard fragments: an expert group with its gate, and a task tower with its head.
    {
        const mtl::Graph g = mtl::makeTemplate("mmoe", smallOptions(mtl::defaultSchema()));
        const std::vector<std::vector<std::size_t>> picks = {{1, 2}, {3, 4, 5}, {0}};
        int k = 0;
        for (const auto& pick : picks) {
            mtl::Graph f;
            for (std::size_t i : pick)
                if (i < g.nodes().size()) f.insertNode(g.nodes()[i]);
            for (const mtl::Edge& e : g.edges())
                if (f.node(e.from.node) && f.node(e.to.node)) f.connect(e.from, e.to);
            write(out / "fragment" / ("selection" + std::to_string(++k)),
                  mtl::saveGraphToString(f));
        }
    }

    // Models and projects: a small MMoE trained for 2 epochs on synthetic data.
    {
        const mtl::DataSpec spec = smallSpec(true);
        const mtl::DataSplits data = mtl::loadData(spec);
        const mtl::Graph graph = mtl::makeTemplate("mmoe", smallOptions(data.train.schema));
        std::unique_ptr<mtl::Model> model = mtl::Model::compile(graph, data.train.schema, 3);
        mtl::TrainConfig cfg;
        cfg.batchSize = 20;
        cfg.epochs = 2;
        cfg.batchSnapshotEvery = 2;
        cfg.optimizer.kind = mtl::OptimizerKind::Adam;
        mtl::RunRecord run = mtl::beginRun("Run 1: MMoE", *model, spec, data, cfg);
        mtl::Trainer trainer(*model, cfg);
        mtl::RunRecorder recorder(run);
        trainer.addObserver(&recorder);
        mtl::finishRun(run, trainer.train(data.train, data.valid), *model, data.test);

        mtl::ModelFile m = mtl::captureModel(*model, &trainer.optimizer(), cfg);
        m.note = "seed: mmoe, synthetic d=6, 2 epochs";
        write(out / "model" / "mmoe-adam.mtl", mtl::saveModelToString(m));
        mtl::ModelFile plain = mtl::captureModel(*model, nullptr, cfg);
        write(out / "model" / "mmoe-nostate.mtl", mtl::saveModelToString(plain));

        mtl::ProjectFile p;
        p.graph = graph;
        p.schema = data.train.schema;
        p.note = "seed project";
        write(out / "project" / "empty.mtlproj", mtl::saveProjectToString(p));
        p.runs.push_back(run);
        write(out / "project" / "one-run.mtlproj", mtl::saveProjectToString(p));
    }

    // CSV files (byte 0: bit 0 header, bits 1-2 delimiter , ; TAB |, bit 3 declared columns).
    const std::vector<std::pair<std::string, std::string>> csvs = {
        {"header-comma", std::string(1, '\x01') +
                             "age,job,score,click\n34,nurse,1.5,1\n51,\"clerk, senior\",-0.25,0\n"
                             "28,nurse,,yes\n45,pilot,3e2,no\n39,clerk,0.0,true\n"},
        {"declared-semicolon", std::string(1, '\x0b') +
                                   "x;y;colour;target\n1;2;red;0.5\n3;4;blue;1.25\n\n5;6;red;"
                                   "-2\n7;8;\"gr\"\"een\";3\n"},
        {"noheader-tab", std::string(1, '\x04') + "1\t2\ta\t1\r\n3\t4\tb\t0\r\n5\t6\ta\t1\r\n"},
        {"bom-pipe", std::string(1, '\x07') + "\xEF\xBB\xBFh1|h2|label\n1|x|0\n2|y|1\n3|x|1\n"},
    };
    for (const auto& [name, text] : csvs) write(out / "csv" / (name + ".csv"), text);

    // Census: a few real lines (never the data set in bulk).
    if (argc > 2) {
        const fs::path dir(argv[2]);
        const std::string train = censusLines(dir, "census-income.data", 8);
        const std::string test = censusLines(dir, "census-income.test", 6);
        std::string both = train + std::string(1, '\0') + test;
        write(out / "census" / "train8-test6-a", both);
        write(out / "census" / "train8-test6-b", both + "\n");  // other length parity: group 2
        write(out / "census" / "same-file", censusLines(dir, "census-income.test", 4));
    }
    return 0;
}
