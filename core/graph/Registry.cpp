#include "graph/Registry.h"

#include <algorithm>
#include <stdexcept>

namespace mtl {

int PortList::inputIndex(const std::string& name) const {
    for (size_t i = 0; i < inputs.size(); ++i)
        if (inputs[i].name == name) return static_cast<int>(i);
    return -1;
}
int PortList::outputIndex(const std::string& name) const {
    for (size_t i = 0; i < outputs.size(); ++i)
        if (outputs[i].name == name) return static_cast<int>(i);
    return -1;
}

void InferContext::error(Issue::Kind kind, const std::string& port, const Text& detail) {
    issues.push_back(makeIssue(kind, node, port, detail));
}

void InferContext::warning(Issue::Kind kind, const std::string& port, const Text& detail) {
    error(kind, port, detail);
    issues.back().severity = Issue::Severity::Warning;
}

bool InferContext::allInputs() const {
    for (size_t i = 0; i < in.size(); ++i)
        if (ports.inputs[i].required && !in[i]) return false;
    return true;
}

const ParamSpec* NodeType::param(const std::string& k) const {
    for (const ParamSpec& p : params)
        if (p.key == k) return &p;
    return nullptr;
}

const Registry& Registry::instance() {
    static const Registry reg = [] {
        Registry r;
        registerInputTypes(r);
        registerDenseTypes(r);
        registerGateTypes(r);
        registerTopKTypes(r);
        registerDSelectTypes(r);
        registerCgcTypes(r);
        registerSharingTypes(r);
        registerTaskTypes(r);
        return r;
    }();
    return reg;
}

void Registry::add(NodeType t) {
    if (types_.count(t.key)) throw std::logic_error("node type registered twice: " + t.key);
    order_.push_back(t.key);
    types_[t.key] = std::move(t);
}

const NodeType* Registry::find(const std::string& key) const {
    auto it = types_.find(key);
    return it == types_.end() ? nullptr : &it->second;
}

std::vector<std::string> Registry::categories() const {
    std::vector<std::string> c;
    for (const std::string& k : order_) {
        const std::string& cat = types_.at(k).category;
        if (std::find(c.begin(), c.end(), cat) == c.end()) c.push_back(cat);
    }
    return c;
}

void addNumberedPorts(std::vector<PortSpec>& ports, const std::string& prefix, long long count,
                      PortKind kind, const std::string& help, bool perTask) {
    for (long long i = 0; i < count; ++i) {
        const std::string n = std::to_string(i);
        ports.push_back({prefix + n, kind, true, help, perTask ? static_cast<int>(i) : -1});
    }
}

ParamSpec intParam(std::string key, long long def, double min, double max, std::string label,
                   std::string help) {
    ParamSpec p;
    p.key = std::move(key);
    p.def = ParamValue::ofInt(def);
    p.min = min;
    p.max = max;
    p.label = std::move(label);
    p.help = std::move(help);
    return p;
}
ParamSpec realParam(std::string key, double def, double min, double max, std::string label,
                    std::string help) {
    ParamSpec p = intParam(std::move(key), 0, min, max, std::move(label), std::move(help));
    p.def = ParamValue::ofReal(def);
    return p;
}
ParamSpec boolParam(std::string key, bool def, std::string label, std::string help) {
    ParamSpec p = intParam(std::move(key), 0, 0, 1, std::move(label), std::move(help));
    p.def = ParamValue::ofBool(def);
    return p;
}
ParamSpec listParam(std::string key, std::vector<int> def, double min, double max,
                    std::string label, std::string help) {
    ParamSpec p = intParam(std::move(key), 0, min, max, std::move(label), std::move(help));
    p.def = ParamValue::ofList(std::move(def));
    return p;
}
ParamSpec choiceParam(std::string key, std::string def, std::vector<std::string> choices,
                      std::string label, std::string help) {
    ParamSpec p = intParam(std::move(key), 0, 0, 0, std::move(label), std::move(help));
    p.def = ParamValue::ofString(std::move(def));
    p.choices = std::move(choices);
    return p;
}
ParamSpec stringParam(std::string key, std::string def, std::string label, std::string help) {
    return choiceParam(std::move(key), std::move(def), {}, std::move(label), std::move(help));
}

}  // namespace mtl
