#pragma once
// Importing a CSV file: a preview of its first rows (mtl::previewCsv), the delimiter, the lines to
// skip at the top and the header line, the split options, and one role per column (numeric,
// categorical, the label of a binary or regression task with an editable task name, ignored, or -
// for a column with few distinct values - one binary task per class, or one task "value == class").
//
// For a new file (no columns in the options given) the layout is detected (mtl::detectCsvLayout):
// a metadata line such as scikit-learn's "569,30,malignant,benign" is skipped and a note says why;
// the user can change it. The preview shows every column of the data rows; lines with another
// number of fields are tinted and counted. Roles are guessed from a sample of up to 100,000 rows.
//
// OK loads the whole file (mtl::loadCsv) in a background thread with a progress bar and a Stop
// button (the load is cancelled; the dialog stays open). An error (it names the line and the
// column) is shown in the dialog, the offending column is selected, and the dialog stays open
// with every choice kept. It closes only once the file loads with the chosen roles.
#include <QDialog>
#include <QString>
#include <atomic>
#include <memory>
#include <vector>

#include "data/DataSpec.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
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
    QSpinBox* skipLinesEditor() const { return skipLines_; }
    QCheckBox* headerEditor() const { return headerBox_; }
    QSpinBox* headerLineEditor() const { return headerLine_; }
    QProgressBar* progressBar() const { return progress_; }
    QPushButton* stopButton() const { return stop_; }
    // The note on the detected layout (empty when nothing was skipped), the note on lines with
    // another number of fields (empty when there are none), and the status line.
    QString layoutNote() const;
    QString raggedNote() const;
    QString statusText() const;

public slots:
    // Validates by loading the file; closes the dialog only when that succeeds.
    void accept() override;
    void reject() override;
    // Cancels a load under way (the dialog stays open).
    void stopLoading();

signals:
    // A background load ended (ok: the dialog was accepted).
    void validated(bool ok);

private:
    // Role editor items: these five, then for a column with few values OneTaskPerClass and one
    // ClassValue item per class (their classes are in the item's Qt::UserRole + 1 data).
    enum RoleChoice {
        Numeric,
        Categorical,
        BinaryLabel,
        RegressionLabel,
        Ignore,
        OneTaskPerClass,
        ClassValue
    };
    void refreshPreview();  // re-reads the file with the current delimiter and layout
    void detectLayout();    // proposes the skipped lines and the header line
    void layoutEdited();    // the user changed the skipped lines or the header line
    void fillTable(const mtl::CsvPreview& preview);
    int choiceOf(int column) const;
    void applyColumns(const std::vector<mtl::CsvColumn>& columns);
    void roleChanged(int column);
    void loadFinished(const QString& error, const QString& summary, bool cancelled);
    void showError(const QString& message);
    void setBusy(bool busy);
    char delimiter() const;

    QString path_;
    std::vector<std::string> header_;  // column names of the current preview
    QString error_, loaded_;
    QThread* thread_ = nullptr;
    bool cancelled_ = false;                     // rejected while loading
    std::shared_ptr<std::atomic<bool>> cancel_;  // the running load's cancel flag
    std::vector<mtl::CsvColumnStats> stats_;     // of the current preview's sample
    bool layoutTouched_ = false;                 // the user edited the layout

    QComboBox* delimiter_ = nullptr;
    QCheckBox* headerBox_ = nullptr;
    QSpinBox* skipLines_ = nullptr;
    QSpinBox* headerLine_ = nullptr;
    QLabel* layoutNote_ = nullptr;
    QLabel* raggedNote_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QPushButton* stop_ = nullptr;
    QDoubleSpinBox* validFrac_ = nullptr;
    QDoubleSpinBox* testFrac_ = nullptr;
    QSpinBox* seed_ = nullptr;
    QTableWidget* table_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* errorLabel_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

}  // namespace mtl::ui
