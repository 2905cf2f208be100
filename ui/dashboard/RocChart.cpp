#include "dashboard/RocChart.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <cmath>

#include "dashboard/ChartStyle.h"
#include "dashboard/MetricChart.h"

namespace mtl::ui {

RocChart::RocChart(QWidget* parent) : QWidget(parent) {
    chart_ = new MetricChart(this);
    chart_->setTitle(tr("ROC curves (test split)"));
    chart_->setAxisTitles(tr("False positive rate"), tr("True positive rate"));
    chart_->setControls(MetricChart::ExportControl);
    chart_->setFixedRange(QRectF(QPointF(0, 0), QPointF(1, 1)));
    chart_->setToolTip(
        tr("Receiver operating characteristic of each binary task on the test split; "
           "the dotted diagonal is a random guess (AUC 0.5)"));
    note_ = new QLabel(this);
    note_->setAlignment(Qt::AlignCenter);
    note_->setWordWrap(true);
    note_->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart_);
    layout->addWidget(note_);
}

QString RocChart::seriesId(int task) { return QStringLiteral("roc/task%1").arg(task); }
QString RocChart::diagonalId() { return QStringLiteral("roc/chance"); }

void RocChart::setRun(const mtl::RunRecord& run) {
    clear();
    QStringList regression;
    for (size_t t = 0; t < run.taskNames.size(); ++t) {
        const mtl::TaskMetrics* m = run.test.find(run.taskNames[t]);
        const QString task = QString::fromStdString(run.taskNames[t]);
        if (m && !m->binary) {  // a regression head: no ROC curve, whatever was stored
            regression << task;
            continue;
        }
        if (t >= run.roc.size() || run.roc[t].empty()) continue;
        const double auc = m ? m->auc : std::nan("");
        const QString name =
            std::isnan(auc) ? task : tr("%1 (AUC %2)").arg(task, QLocale().toString(auc, 'f', 4));
        const int i = static_cast<int>(t);
        chart_->addSeries(seriesId(i), name, chartstyle::seriesColor(i));
        QVector<QPointF> pts;
        pts.reserve(static_cast<qsizetype>(run.roc[t].size()));
        for (const auto& [fpr, tpr] : run.roc[t]) pts.push_back(QPointF(fpr, tpr));
        chart_->addPoints(seriesId(i), pts);
    }
    if (!chart_->seriesIds().isEmpty()) {
        chart_->addSeries(diagonalId(), tr("Chance"), QColor(), Qt::DotLine);
        chart_->addPoints(diagonalId(), {QPointF(0, 0), QPointF(1, 1)});
    }
    chart_->refreshNow();
    const bool none = chart_->seriesIds().isEmpty() && !regression.isEmpty();
    note_->setText(none ? tr("No ROC curves: ROC curves are drawn for binary tasks, and this "
                             "run's tasks (%1) are regression tasks. Their mean squared error is "
                             "in the table.")
                              .arg(regression.join(QStringLiteral(", ")))
                        : QString());
    note_->setVisible(none);
    chart_->setVisible(!none);
}

void RocChart::clear() {
    chart_->clear();
    note_->hide();
    chart_->show();
}

}  // namespace mtl::ui
