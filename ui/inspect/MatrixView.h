#pragma once
// A labelled matrix drawn as a heatmap: one cell per value on the dashboard's perceptual ramp
// (0 to a maximum: fixed, or the largest finite value), the value printed in each cell when it
// fits, NaN cells hatched (a gate that does not see that expert, an expert whose output is
// constant), an optional title and a frame around chosen cells (near-duplicate experts). Row
// and column labels are drawn at the left and on top; long labels are elided and shown whole in
// the tooltip. A view only: it holds a copy of the values and changes nothing else.
//
// Hovering a cell shows its row, column and exact value; clicking one emits cellClicked, and a
// click on a row or column label emits rowClicked / columnClicked (the Inspect panel highlights
// the gate's or expert's block on the canvas). The widget asks for the size its cells need and
// the presentation scale's font.
#include <Eigen/Core>
#include <QSet>
#include <QStringList>
#include <QWidget>
#include <utility>

namespace mtl::ui {

class MatrixView : public QWidget {
    Q_OBJECT
public:
    explicit MatrixView(QWidget* parent = nullptr);

    void setMatrix(const Eigen::MatrixXd& values, const QStringList& rowLabels,
                   const QStringList& columnLabels);
    void setTitle(const QString& title);
    // The colour of 1.0 of the ramp: `max` > 0 fixes it; 0 uses the largest finite value.
    void setColorMax(double max);
    // Cells drawn with a frame (e.g. near-duplicate pairs), as (row, column).
    void setMarked(const QSet<std::pair<int, int>>& cells);
    // Row / column labels drawn at all (side-by-side heatmaps label only the first one's rows).
    void setLabelsShown(bool rows, bool columns);
    void setCellSize(int px);

    const Eigen::MatrixXd& values() const { return values_; }
    QString title() const { return title_; }
    // The rectangle of a cell in widget coordinates (tests click it).
    QRect cellRect(int row, int column) const;
    QRect rowLabelRect(int row) const;
    QRect columnLabelRect(int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

signals:
    void cellClicked(int row, int column);
    void rowClicked(int row);
    void columnClicked(int column);

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    bool event(QEvent*) override;

private:
    int cell() const;
    int labelWidth() const;
    int labelHeight() const;
    int titleHeight() const;
    double colorMax() const;

    Eigen::MatrixXd values_;
    QStringList rows_, columns_;
    QString title_;
    double colorMax_ = 0;
    QSet<std::pair<int, int>> marked_;
    bool showRows_ = true, showColumns_ = true;
    int cellPx_ = 0;  // 0: from the font
};

}  // namespace mtl::ui
