#include "app/ProjectIO.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace mtl::ui {

bool writeProject(const QString& path, const mtl::ProjectFile& project, QString* error) {
    // The core's atomic save: a killed save leaves the old file whole, and the next save removes
    // the temporary file it left (QSaveFile's would stay behind).
    try {
        mtl::saveProjectFile(QFile::encodeName(path).toStdString(), project);
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("mtl::ui::ProjectIO", "Could not save %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

bool readProject(const QString& path, mtl::ProjectFile& project, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("mtl::ui::ProjectIO", "Could not open %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        project = mtl::loadProjectFromString(bytes.toStdString(),
                                             QDir::toNativeSeparators(path).toStdString());
    } catch (const std::exception& e) {
        *error =
            QCoreApplication::translate("mtl::ui::ProjectIO", "Could not open the project.\n\n%1")
                .arg(QString::fromStdString(e.what()));
        return false;
    }
    return true;
}

QString projectFilter() {
    return QCoreApplication::translate("mtl::ui::ProjectIO",
                                       "MTL Studio projects (*.mtlproj);;All files (*)");
}

}  // namespace mtl::ui
