#pragma once
// Test metrics of a finished run, one row per task: AUC (binary tasks), log-loss (binary) or
// mean squared error (regression), and the number of labelled test examples. Sortable.
#include <QTableWidget>

#include "train/RunRecord.h"

namespace mtl::ui {

class MetricsTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { TaskColumn, AucColumn, LossColumn, CountColumn, ColumnCount };

    explicit MetricsTable(QWidget* parent = nullptr);
    void setRun(const mtl::RunRecord& run);
    void clear();
};

}  // namespace mtl::ui
