#include "dashboard/RunComparison.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "dashboard/GateHeatmap.h"
#include "dashboard/MetricChart.h"
#include "dashboard/TrainingCharts.h"

namespace mtl::ui {

namespace {

QString number(double v) {
    return std::isfinite(v) ? QLocale().toString(v, 'f', 3) : QStringLiteral("\u2013");
}

}  // namespace

RunComparison::RunComparison(QWidget* parent) : QWidget(parent) {
    setWindowTitle(tr("Compare Runs"));
    charts_ = new TrainingCharts(this);
    left_ = new GateHeatmap(this);
    right_ = new GateHeatmap(this);
    scale_ = new QComboBox(this);
    scale_->addItem(tr("Colour scale 0 to 1"));
    scale_->addItem(tr("Colour scale shared by both runs"));
    scale_->setToolTip(
        tr("Both heatmaps use the same colours for the same weight: from 0 to 1, or from 0 to the "
           "largest mean weight of the two runs"));
    connect(scale_, &QComboBox::currentIndexChanged, this, [this] { applyScale(); });

    auto* grid = new QGridLayout;
    int col = 0;
    for (GateHeatmap* map : {left_, right_}) {
        map->setScaleOptionVisible(false);
        auto* title = new QLabel(this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        auto* summary = new QLabel(this);
        summary->setWordWrap(true);
        summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        grid->addWidget(title, 0, col);
        grid->addWidget(map, 1, col);
        grid->addWidget(summary, 2, col);
        (col == 0 ? leftTitle_ : rightTitle_) = title;
        (col == 0 ? leftSummary_ : rightSummary_) = summary;
        ++col;
    }
    grid->setRowStretch(1, 1);
    auto* gates = new QWidget(this);
    auto* gatesLayout = new QVBoxLayout(gates);
    gatesLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(scale_);
    gatesLayout->addLayout(bar);
    gatesLayout->addLayout(grid, 1);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(charts_);
    split->addWidget(gates);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({400, 420});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);
    resize(1200, 820);
}

QString RunComparison::summaryText(const mtl::RunRecord& run) {
    const mtl::GateSummary& s = run.gateSummary;
    if (run.test.gates.empty()) return tr("This model has no gates.");
    if (s.gateNames.empty())
        return tr("No gate analysis: the run was saved by an earlier version of MTL Studio.");
    QStringList lines;
    lines << tr("Mean Jensen-Shannon divergence between tasks' gates: %1 (of the mean gates), %2 "
                "(per example); ln 2 = %3 is the most")
                 .arg(number(s.meanJs), number(s.meanExampleJs), number(std::log(2.0)));
    QStringList entropy;
    for (size_t g = 0; g < s.gateNames.size() && g < s.normalisedEntropy.size(); ++g)
        entropy << tr("%1 %2").arg(QString::fromStdString(s.gateNames[g]),
                                   number(s.normalisedEntropy[g]));
    lines << tr("Expert-usage entropy (1 = uniform): %1").arg(entropy.join(QStringLiteral(", ")));
    QStringList dead;
    for (int x : s.deadExperts)
        if (x >= 0 && x < static_cast<int>(s.expertNames.size()))
            dead << QString::fromStdString(s.expertNames[static_cast<size_t>(x)]);
    lines << (dead.isEmpty() ? tr("Dead experts: none")
                             : tr("Dead experts: %1").arg(dead.join(QStringLiteral(", "))));
    if (!s.nearDuplicates.empty()) {
        QStringList pairs;
        for (const auto& [a, b] : s.nearDuplicates)
            if (std::max(a, b) < static_cast<int>(s.expertNames.size()))
                pairs << tr("%1 = %2").arg(QString::fromStdString(s.expertNames[size_t(a)]),
                                           QString::fromStdString(s.expertNames[size_t(b)]));
        lines << tr("Near-duplicate experts: %1").arg(pairs.join(QStringLiteral(", ")));
    }
    return lines.join(QLatin1Char('\n'));
}

void RunComparison::setRuns(const mtl::RunRecord& a, int idA, const mtl::RunRecord& b, int idB,
                            const QString& titleA, const QString& titleB) {
    charts_->clear();
    charts_->showRun(a, idA, false);
    charts_->showRun(b, idB, true);
    for (MetricChart* c : {charts_->trainingLossChart(), charts_->validationLossChart(),
                           charts_->validationAucChart()})
        c->refreshNow();  // stored runs: drawn at once, not at the next refresh tick
    int side = 0;
    for (const mtl::RunRecord* run : {&a, &b}) {
        QVector<mtl::EvalResult> epochs;
        for (const mtl::EpochSnapshot& e : run->epochs) epochs << e.valid;
        heatmap(side)->setEpochs(epochs);
        const QString title = side == 0 ? titleA : titleB;
        titleLabel(side)->setText(title.isEmpty() ? QString::fromStdString(run->name) : title);
        summaryLabel(side)->setText(summaryText(*run));
        ++side;
    }
    applyScale();
}

void RunComparison::setScale(Scale scale) {
    scale_->setCurrentIndex(scale == Scale::Fixed ? 0 : 1);
}

RunComparison::Scale RunComparison::scale() const {
    return scale_->currentIndex() == 0 ? Scale::Fixed : Scale::Shared;
}

void RunComparison::applyScale() {
    const double max = scale() == Scale::Fixed
                           ? 1.0
                           : std::max(left_->naturalColorMax(), right_->naturalColorMax());
    left_->setColorScale(max);
    right_->setColorScale(max);
}

}  // namespace mtl::ui
