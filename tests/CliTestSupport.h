#pragma once
// Running mtlstudio-cli from a test (the including test defines MTL_CLI_PATH, see
// tests/CMakeLists.txt): exit code, whether it finished, stdout and stderr; a run that does not
// end within two minutes is killed and reported as such.
#include <QProcess>
#include <QString>
#include <QStringList>

#ifndef MTL_CLI_PATH
#error "MTL_CLI_PATH must name the mtlstudio-cli executable"
#endif

namespace mtl::test {

struct CliRun {
    int code = -1;
    bool finished = false;
    QString out, err;
};

inline CliRun runCli(const QStringList& args) {
    QProcess p;
    p.start(QStringLiteral(MTL_CLI_PATH), args);
    CliRun r;
    if (!p.waitForStarted(30000)) {
        r.err = QStringLiteral("cannot start ") + QStringLiteral(MTL_CLI_PATH);
        return r;
    }
    r.finished = p.waitForFinished(120000);
    if (!r.finished) {
        p.kill();
        p.waitForFinished();
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// The run for a failure message: exit code, stdout and stderr (3,000 characters each).
inline QString describeRun(const CliRun& r) {
    return QStringLiteral("exit %1%2\n--- stdout:\n%3--- stderr:\n%4")
        .arg(r.code)
        .arg(r.finished ? QString() : QStringLiteral(" (killed: did not finish)"))
        .arg(r.out.left(3000), r.err.left(3000));
}

}  // namespace mtl::test
