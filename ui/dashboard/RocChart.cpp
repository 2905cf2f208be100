#include "dashboard/RocChart.h"

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
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(chart_);
}

QString RocChart::seriesId(int task) { return QStringLiteral("roc/task%1").arg(task); }
QString RocChart::diagonalId() { return QStringLiteral("roc/chance"); }

void RocChart::setRun(const mtl::RunRecord& run) {
    clear();
    for (size_t t = 0; t < run.roc.size() && t < run.taskNames.size(); ++t) {
        if (run.roc[t].empty()) continue;  // regression head
        const QString task = QString::fromStdString(run.taskNames[t]);
        const mtl::TaskMetrics* m = run.test.find(run.taskNames[t]);
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
}

void RocChart::clear() { chart_->clear(); }

}  // namespace mtl::ui
