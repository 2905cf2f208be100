// Fuzz harness: the CSV loader (data/Csv.h) and the metrics that consume what it loads.
//
// Input: byte 0 chooses the options (bit 0: header row; bits 1-2: delimiter , ; TAB |; bit 3:
// declare the columns instead of inferring them, with the roles previewCsv suggests and every
// third column turned categorical); the rest is the file. The file is previewed, then loaded;
// every task's labels are scored against the first numeric column (rocAuc, rocCurve, logLoss,
// pearson; MSE for regression) as an evaluation would score predictions, so values the loader
// lets through (inf, NaN, huge) reach the metrics; then each split must pass Dataset::check.
// The loader may refuse a file with mtl::DataError; nothing else is allowed.
#include <algorithm>
#include <cmath>
#include <vector>

#include "FuzzSupport.h"
#include "data/Csv.h"
#include "metrics/Metrics.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1) return 0;
    const std::uint8_t flags = data[0];
    mtl::CsvOptions o;
    o.header = flags & 1;
    o.delimiter = ",;\t|"[(flags >> 1) & 3];
    const std::string path = mtl::fuzz::writeScratch("fuzz.csv", data + 1, size - 1);
    try {
        const mtl::CsvPreview preview = mtl::previewCsv(path, o, 5);
        if (flags & 8) {
            o.columns = preview.columns;
            for (std::size_t i = 0; i < o.columns.size(); i += 3)
                if (o.columns[i].role == mtl::ColumnRole::Numeric)
                    o.columns[i].role = mtl::ColumnRole::Categorical;
        }
        mtl::FeatureEncoding encoding;
        const mtl::DataSplits splits = mtl::loadCsv(path, o, &encoding);
        for (const mtl::Dataset* d : {&splits.train, &splits.valid, &splits.test}) {
            const int n = d->rows();
            std::vector<float> scores(static_cast<std::size_t>(n), 0.5f);
            if (d->schema.numeric() > 0)
                for (int r = 0; r < n; ++r) scores[static_cast<std::size_t>(r)] = d->numeric(0, r);
            std::vector<float> probs(scores.size());
            std::transform(scores.begin(), scores.end(), probs.begin(),
                           [](float s) { return 1.0f / (1.0f + std::exp(-s)); });
            for (int t = 0; t < static_cast<int>(d->schema.tasks.size()); ++t) {
                std::vector<float> labels(static_cast<std::size_t>(n));
                for (int r = 0; r < n; ++r) labels[static_cast<std::size_t>(r)] = d->labels(t, r);
                if (d->schema.tasks[static_cast<std::size_t>(t)].kind == mtl::TaskKind::Binary) {
                    mtl::rocAuc(scores, labels);
                    mtl::rocCurve(scores, labels);
                    mtl::logLoss(probs, labels);
                } else {
                    mtl::meanSquaredError(scores, labels);
                }
                mtl::pearson(scores, labels);
            }
            d->check();  // after the metrics, so that what the loader lets through reaches them
        }
    } catch (const mtl::DataError&) {
    }
    return 0;
}
