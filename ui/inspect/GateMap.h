#pragma once
// The per-example gate map: one dot per example at its gate vector's 2-D projection (PCA, from
// the core), coloured by a value per example (a task's label, its prediction error, a feature):
// on the perceptual ramp between the values' 2nd and 98th percentiles, or with one hue per
// category for at most 10 distinct values (a binary label). A view only.
//
// Dragging a rectangle (brushing) selects the examples inside it and emits brushed with their
// indices; a click without a drag picks the nearest example within a few pixels and emits
// examplePicked. The dots are drawn once into an image per size or data change, so repaints and
// the rubber band cost nothing for 100k examples (the image is redrawn at the next paint after
// a change).
#include <Eigen/Core>
#include <QImage>
#include <QPoint>
#include <QWidget>
#include <vector>

namespace mtl::ui {

class GateMap : public QWidget {
    Q_OBJECT
public:
    explicit GateMap(QWidget* parent = nullptr);

    // points: 2 x examples; colour: one value per example (NaN: grey).
    void setPoints(const Eigen::MatrixXd& points, const QString& xLabel, const QString& yLabel);
    void setColors(const std::vector<double>& values, const QString& legend);
    const std::vector<int>& selection() const { return selection_; }
    void clearSelection();
    // The widget position of example i's dot (tests drag around it).
    QPointF position(int example) const;

    QSize sizeHint() const override { return {420, 320}; }

signals:
    void brushed(const std::vector<int>& examples);
    void examplePicked(int example);

protected:
    void paintEvent(QPaintEvent*) override;
    void resizeEvent(QResizeEvent*) override;
    void mousePressEvent(QMouseEvent*) override;
    void mouseMoveEvent(QMouseEvent*) override;
    void mouseReleaseEvent(QMouseEvent*) override;

private:
    QRectF plotRect() const;
    void render();
    QColor colorOf(double v) const;

    Eigen::MatrixXd points_;
    std::vector<double> values_;
    QString xLabel_, yLabel_, legend_;
    double lo_ = 0, hi_ = 1, minX_ = 0, maxX_ = 1, minY_ = 0, maxY_ = 1;
    bool categorical_ = false;
    std::vector<double> categories_;
    QImage image_;
    std::vector<int> selection_;
    QPoint press_, drag_;
    bool dragging_ = false;
    bool dirty_ = true;
};

}  // namespace mtl::ui
