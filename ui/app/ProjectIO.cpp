#include "app/ProjectIO.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace mtl::ui {

bool writeProject(const QString& path, const mtl::ProjectFile& project, QString* error) {
    std::string bytes;
    try {
        bytes = mtl::saveProjectToString(project);
    } catch (const std::exception& e) {
        *error = QCoreApplication::translate("mtl::ui::ProjectIO", "Could not save %1: %2")
                     .arg(QDir::toNativeSeparators(path), QString::fromStdString(e.what()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(bytes.data(), static_cast<qint64>(bytes.size())) !=
            static_cast<qint64>(bytes.size()) ||
        !file.commit()) {
        *error = QCoreApplication::translate("mtl::ui::ProjectIO", "Could not save %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
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
