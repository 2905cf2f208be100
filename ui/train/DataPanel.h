#pragma once
// The data panel: which data a run trains on. A source (the MMoE paper's synthetic generator,
// UCI census-income, a CSV file, or the synthetic click -> conversion funnel) and its settings,
// edited as an mtl::DataSpec.
//
// Synthetic: task correlation p, noise, training rows, d, seed and binary labels, each with a
// slider and a spin box; the label correlation actually measured for those settings is shown next
// to p (computed in a background thread 150 ms after the last change, on at most the first
// kCorrelationSampleRows training rows - the same rows the full data set starts with).
// Census-income: the folder (checked for census-income.data(.gz) / .test(.gz)), the task group and
// an optional cap on the training rows. CSV: the file and its column roles, set in CsvImportDialog.
// Funnel (data/Funnel.h, for ESMM): selection-bias strength, click and conversion rates, training
// rows, d and seed.
//
// A typed value outside a spin box's range (or with more decimals than it has) is refused under it
// with the range, and the value stays (widgets/SpinBoxes.h).
//
// The last values are kept in QSettings under "data/".
#include <QString>
#include <QWidget>
#include <limits>
#include <optional>

#include "data/DataSpec.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QThread;
class QTimer;

namespace mtl::ui {

class DataPanel : public QWidget {
    Q_OBJECT
public:
    // The measured correlation uses at most this many training rows (the first ones).
    static constexpr int kCorrelationSampleRows = 20000;

    explicit DataPanel(QWidget* parent = nullptr);
    ~DataPanel() override;

    mtl::DataSpec spec() const;
    // Shows `spec` in the editors (fields without an editor, e.g. the synthetic validation rows,
    // are kept as given) and emits specChanged().
    void setSpec(const mtl::DataSpec& spec);

    // One translated line, e.g. "Synthetic data: p = 0.50 (measured 0.23), d = 100, 10,000 rows".
    QString summary() const;
    // Why the spec cannot be loaded as it stands (no census files, no CSV chosen), or empty.
    QString problem() const;
    // The label correlation measured for the current synthetic settings; NaN while it is being
    // computed, for other sources, or when it is undefined (constant labels).
    double measuredCorrelation() const;

    // Disables every editor (while a run is active).
    void setLocked(bool locked);
    bool isLocked() const { return locked_; }

signals:
    void specChanged();

private:
    QWidget* createSyntheticPage();
    QWidget* createCensusPage();
    QWidget* createCsvPage();
    QWidget* createFunnelPage();
    void showSpec(const mtl::DataSpec& spec);  // editors only, no signal
    void edited();                             // an editor changed: save, recheck, emit
    void scheduleCorrelation();
    void startCorrelation();
    void showMeasured();  // the last measurement, in the label and the summary
    void checkCensusFolder();
    void updateCsvDetails();
    void updateSummary();
    void chooseCensusFolder();
    void chooseCsvFile();
    void editCsvColumns(const QString& path, const mtl::CsvOptions& options);
    void loadSettings();
    void saveSettings() const;

    mtl::DataSpec base_;  // fields without an editor, and the CSV file and options
    QString csvLoaded_;   // the row counts reported when the CSV options were last validated
    bool locked_ = false;
    bool showing_ = false;  // showSpec() is filling the editors

    QComboBox* source_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QLabel* summary_ = nullptr;

    // Synthetic
    QDoubleSpinBox* p_ = nullptr;
    QDoubleSpinBox* noise_ = nullptr;
    QDoubleSpinBox* rows_ = nullptr;
    QDoubleSpinBox* d_ = nullptr;
    QDoubleSpinBox* seed_ = nullptr;
    QCheckBox* binary_ = nullptr;
    QLabel* measuredLabel_ = nullptr;
    QTimer* correlationTimer_ = nullptr;
    QThread* correlationThread_ = nullptr;
    bool correlationPending_ = false;                  // settings changed while the thread ran
    std::optional<mtl::SyntheticConfig> measuredFor_;  // the (sample) settings measured_ belongs to
    double measured_ = std::numeric_limits<double>::quiet_NaN();
    QString measuredError_;

    // Census
    QLineEdit* censusDir_ = nullptr;
    QLabel* censusStatus_ = nullptr;
    QComboBox* censusGroup_ = nullptr;
    QSpinBox* censusRows_ = nullptr;
    bool censusFilesFound_ = false;

    // CSV
    QLineEdit* csvPath_ = nullptr;
    QPushButton* csvColumns_ = nullptr;
    QLabel* csvDetails_ = nullptr;

    // Funnel
    QDoubleSpinBox* funnelBias_ = nullptr;
    QDoubleSpinBox* funnelClickRate_ = nullptr;
    QDoubleSpinBox* funnelConversionRate_ = nullptr;
    QDoubleSpinBox* funnelRows_ = nullptr;
    QDoubleSpinBox* funnelD_ = nullptr;
    QDoubleSpinBox* funnelSeed_ = nullptr;
};

}  // namespace mtl::ui
