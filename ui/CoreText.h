#pragma once
// Strings that come from the core (node-type names, categories, descriptions, parameter labels and
// help, port help, choice values, template names and descriptions) are English std::strings; the
// UI shows them only through coreText(), which looks them up in the "core" translation context.
#include <QString>
#include <QStringList>
#include <string>

#include "graph/Graph.h"
#include "graph/Registry.h"

namespace mtl::ui {

// The translation of a core string (the string itself when there is none).
QString coreText(const std::string& s);
// A core message with variable parts (validation details): the text translated, then the
// arguments put in.
QString coreText(const mtl::Text& t);
inline QString coreText(const char* s) { return coreText(std::string(s)); }
// A port's help, translated; a per-task port's reads "task 2's input".
QString portHelpText(const mtl::PortSpec& port);

// Every core string the UI may show, untranslated (the list marked for lupdate in
// CoreStrings.cpp), so that tests can check that each translation covers all of them.
QStringList coreStrings();

}  // namespace mtl::ui
