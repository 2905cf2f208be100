#pragma once
// Follows the Data dock's choice and tells the layout (feature widths and tasks) of the data it
// names, so that the editor can bind input blocks before the first run: at once for synthetic
// data, after loading the data on a worker thread for census-income and CSV files (the last
// choice wins; a choice that cannot be loaded, or fails to load, leaves the layout unknown).
// Choices are taken 300 ms after the last change, so that a slider being dragged is one change.
#include <QObject>
#include <QString>
#include <optional>

#include "data/DataSpec.h"

class QThread;
class QTimer;

namespace mtl::ui {

class DataPanel;

class DataSchemaProbe : public QObject {
    Q_OBJECT
public:
    explicit DataSchemaProbe(DataPanel* panel, QObject* parent = nullptr);
    ~DataSchemaProbe() override;  // waits for a load under way

    // The layout of the data the panel names, when known.
    const std::optional<mtl::DataSchema>& schema() const { return schema_; }
    // A few words naming that data, translated, for messages ("synthetic data (d = 100)").
    QString description() const { return description_; }
    bool isBusy() const;  // a choice is waiting to be taken or its data is loading

public slots:
    void update();  // takes the panel's choice now

signals:
    void schemaChanged();  // schema() (or description()) changed

private:
    void startLoad(const mtl::DataSpec& spec);
    void setSchema(const std::optional<mtl::DataSchema>& schema, const QString& description);

    DataPanel* panel_;
    QTimer* timer_;
    QThread* thread_ = nullptr;
    std::optional<mtl::DataSpec> pending_;  // chosen while a load was under way
    std::optional<mtl::DataSchema> schema_;
    QString description_;
    int generation_ = 0;  // of the latest choice; a load for an older one is ignored
};

}  // namespace mtl::ui
