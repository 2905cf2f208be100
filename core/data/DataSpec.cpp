#include "data/DataSpec.h"

#include <cstdio>

namespace mtl {

DataSplits loadData(const DataSpec& spec, SyntheticInfo* info, FunnelInfo* funnelInfo,
                    FeatureEncoding* encoding) {
    switch (spec.kind) {
        case DataSpec::Kind::Synthetic:
            return makeSynthetic(spec.synthetic, info);
        case DataSpec::Kind::Census:
            return loadCensus(spec.census, encoding);
        case DataSpec::Kind::Csv:
            return loadCsv(spec.csvPath, spec.csv, encoding);
        case DataSpec::Kind::Funnel:
            return makeFunnel(spec.funnel, funnelInfo);
    }
    throw std::invalid_argument("unknown kind of data");
}

std::vector<TaskInfo> expectedTasks(const DataSpec& spec) {
    switch (spec.kind) {
        case DataSpec::Kind::Synthetic: {
            const TaskKind k = spec.synthetic.binary ? TaskKind::Binary : TaskKind::Regression;
            return {{"task1", k}, {"task2", k}};
        }
        case DataSpec::Kind::Census:
            return {{spec.census.group == 2 ? "education" : "income", TaskKind::Binary},
                    {"marital", TaskKind::Binary}};
        case DataSpec::Kind::Csv: {
            std::vector<TaskInfo> tasks;
            for (const CsvColumn& c : spec.csv.columns)
                for (TaskInfo& t : csvColumnTasks(c)) tasks.push_back(std::move(t));
            return tasks;
        }
        case DataSpec::Kind::Funnel:
            return {{"click", TaskKind::Binary}, {"click_and_conversion", TaskKind::Binary}};
    }
    return {};
}

std::optional<DataSchema> schemaWithoutLoading(const DataSpec& spec) {
    if (spec.kind != DataSpec::Kind::Synthetic && spec.kind != DataSpec::Kind::Funnel)
        return std::nullopt;
    DataSchema s;
    const int d = spec.kind == DataSpec::Kind::Funnel ? spec.funnel.d : spec.synthetic.d;
    for (int i = 0; i < d; ++i) s.numericNames.push_back("x" + std::to_string(i + 1));
    s.tasks = expectedTasks(spec);
    return s;
}

DataSchema dataSchema(const DataSpec& spec) {
    if (auto s = schemaWithoutLoading(spec)) return *s;
    return loadData(spec).train.schema;
}

std::string describe(const DataSpec& spec) {
    char buf[160];
    switch (spec.kind) {
        case DataSpec::Kind::Synthetic:
            std::snprintf(buf, sizeof buf, "synthetic p = %.2f, d = %d, %d rows%s",
                          spec.synthetic.p, spec.synthetic.d, spec.synthetic.nTrain,
                          spec.synthetic.binary ? ", binary" : "");
            return buf;
        case DataSpec::Kind::Census:
            return "census-income group " + std::to_string(spec.census.group);
        case DataSpec::Kind::Csv:
            return "CSV " + spec.csvPath;
        case DataSpec::Kind::Funnel:
            std::snprintf(
                buf, sizeof buf,
                "funnel bias %.2f, click rate %.2f, conversion rate %.2f, d = %d, %d rows",
                spec.funnel.bias, spec.funnel.clickRate, spec.funnel.conversionRate, spec.funnel.d,
                spec.funnel.nTrain);
            return buf;
    }
    return {};
}

}  // namespace mtl
