#pragma once
// Graph templates for the seed architectures, with the papers' defaults. Each template builds a
// complete, valid graph for a data schema (its input widths and tasks), laid out left to right.
#include <string>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"

namespace mtl {

struct TemplateOptions {
    DataSchema schema;                // input layout and tasks (at least one task)
    std::string encoding = "onehot";  // categorical fields: onehot | embedding
    int embeddingDim = 4;
    int experts = 8;  // MMoE / OMoE experts (MMoE paper: 8)
    std::vector<int> expertUnits = {16};
    std::vector<int> towerUnits = {
        8};  // hidden layers of each task tower (a 1-unit layer is added)
    std::vector<int> bottomUnits = {
        113};  // Shared-Bottom / single-task / soft-sharing hidden layers
    int pleSpecific = 2, pleShared = 4, pleLevels = 2;
    int topK = 2;
    bool noisyTopK = true;
    int dselectK = 2;
    double dselectGamma = 1.0;
    bool dselectPerExample = true;
    double crossStitchSelf = 0.9;
    double l2Alpha = 1e-3;
};

struct TemplateInfo {
    std::string key;  // stable: used on the command line and in menus
    std::string displayName;
    std::string description;
};

const std::vector<TemplateInfo>& templateList();
// Throws std::invalid_argument for an unknown key or an unusable schema.
Graph makeTemplate(const std::string& key, const TemplateOptions& options);
// The schema a template is built for when the user has not chosen data yet: `base`, except that
// ESMM (two binary tasks: first stage and joint) replaces tasks that do not fit with "click" and
// "click_and_conversion".
DataSchema templateSchema(const std::string& key, DataSchema base);
// A schema-free default: the MMoE paper's synthetic data layout (100 numeric inputs, 2 tasks).
DataSchema defaultSchema();

}  // namespace mtl
