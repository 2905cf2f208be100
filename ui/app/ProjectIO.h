#pragma once
// Reading and writing project files from the GUI: the bytes come from the core archive code
// (Boost.Serialization inside a checksummed envelope); files are written atomically by the core
// (mtl::saveProjectFile).
#include <QString>

#include "io/Archive.h"

namespace mtl::ui {

// Both return false and set *error to a readable, translated message (naming the file) on failure;
// on failure `project` / the file on disk are left untouched.
bool writeProject(const QString& path, const mtl::ProjectFile& project, QString* error);
bool readProject(const QString& path, mtl::ProjectFile& project, QString* error);

// The file-dialog filter and the default suffix of project files.
QString projectFilter();
inline constexpr const char* kProjectSuffix = "mtlproj";

}  // namespace mtl::ui
