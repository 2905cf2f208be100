#pragma once
// Importing a CSV file: a preview of its first rows (mtl::previewCsv), the delimiter, header and
// split options, and one role per column (numeric, categorical, the label of a binary or
// regression task with an editable task name, or ignored), prefilled with the roles the preview
// infers. OK loads the whole file (mtl::loadCsv) in a background thread; an error (it names the
// line and the column) is shown in the dialog, the offending column is selected, and the dialog
// stays open with every choice kept. It closes only once the file loads with the chosen roles.
#include <QDialog>
#include <QString>
#include <vector>

#include "data/DataSpec.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QThread;

namespace mtl::ui {

class CsvImportDialog : public QDialog {
    Q_OBJECT
public:
    // Previews `path` with `options` (their columns, if any, preset the roles when they match
    // the file's column count; otherwise the roles are inferred).
    explicit CsvImportDialog(const QString& path, const mtl::CsvOptions& options = {},
                             QWidget* parent = nullptr);
    ~CsvImportDialog() override;

    QString path() const { return path_; }
    // The options as chosen (one column per field of the file).
    mtl::CsvOptions options() const;
    // Kind Csv with path() and options().
    mtl::DataSpec spec() const;
    // After a successful load: "800 / 100 / 100 rows (train / validation / test), 3 tasks".
    QString loadedSummary() const { return loaded_; }
    // The last error (preview or load), or empty.
    QString errorText() const { return error_; }
    bool isLoading() const { return thread_ != nullptr; }

    // The delimiter that occurs most often in the file's first line (',' if none does).
    static char guessDelimiter(const QString& path);

    // For tests: the preview (rows 0 and 1 hold the role and task editors, data rows follow) and
    // the editors of column `column`.
    QTableWidget* table() const { return table_; }
    QComboBox* roleEditor(int column) const;
    QLineEdit* taskEditor(int column) const;
    int columnCount() const { return static_cast<int>(header_.size()); }

public slots:
    // Validates by loading the file; closes the dialog only when that succeeds.
    void accept() override;
    void reject() override;

signals:
    // A background load ended (ok: the dialog was accepted).
    void validated(bool ok);

private:
    enum RoleChoice { Numeric, Categorical, BinaryLabel, RegressionLabel, Ignore };
    void refreshPreview();  // re-reads the file with the current delimiter and header
    void fillTable(const std::vector<std::vector<std::string>>& rows,
                   const std::vector<long long>& lines);
    void applyColumns(const std::vector<mtl::CsvColumn>& columns);
    void roleChanged(int column);
    void loadFinished(const QString& error, const QString& summary);
    void showError(const QString& message);
    void setBusy(bool busy);
    char delimiter() const;

    QString path_;
    std::vector<std::string> header_;  // column names of the current preview
    QString error_, loaded_;
    QThread* thread_ = nullptr;
    bool cancelled_ = false;  // rejected while loading

    QComboBox* delimiter_ = nullptr;
    QCheckBox* headerBox_ = nullptr;
    QDoubleSpinBox* validFrac_ = nullptr;
    QDoubleSpinBox* testFrac_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace mtl::ui
