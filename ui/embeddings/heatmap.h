#pragma once
// Pictures of vectors drawn from images, never from thousands of items: the cosine heatmap of
// the set (hover: pair and value; click: both texts) and the heat strip of one vector.

#include "embedmath.h"

#include <QImage>
#include <QWidget>
#include <functional>
#include <memory>

class QPainter;

namespace ik {

// Diverging colours: -1 blue, 0 white, +1 red.
QRgb divergingColour(double value);
// One pixel per cell; built off the GUI thread.
QImage heatmapImage(const embed::SimilarityMatrix& matrix);
// The 0-based rows (and columns) a heatmap of n inputs labels: every one up to 20, else about
// eight at a round step (1, 2, 5, 10, 20, 50…), the last row always.
QList<int> heatmapTicks(int n);

class HeatmapWidget : public QWidget {
    Q_OBJECT
public:
    explicit HeatmapWidget(QWidget* parent = nullptr);

    void setMatrix(std::shared_ptr<const embed::SimilarityMatrix> matrix, QImage image,
                   std::function<QString(int)> textOf);
    void clear();
    const QImage& image() const { return m_image; }
    // The cell under a widget position, or (-1, -1).
    QPoint cellAt(const QPoint& pos) const;
    // Where the cells are drawn: a square right of the row ticks, under the column ticks, left
    // of the colour scale.
    QRect mapRect() const { return target(); }
    QString hoverText() const { return m_hoverText; }
    QSize sizeHint() const override { return {420, 420}; }

signals:
    void hovered(int i, int j, double value);
    void pairClicked(int i, int j);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRect target() const;
    void paintTicks(QPainter& p, const QRect& t) const;
    void paintScale(QPainter& p, const QRect& t) const;

    std::shared_ptr<const embed::SimilarityMatrix> m_matrix;
    QImage m_image;
    std::function<QString(int)> m_textOf;
    QString m_hoverText;
};

class HeatStrip : public QWidget {
    Q_OBJECT
public:
    explicit HeatStrip(QWidget* parent = nullptr);
    void setValues(const QVector<float>& values);
    const QImage& image() const { return m_image; }
    QSize sizeHint() const override { return {400, 28}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QVector<float> m_values;
    QImage m_image;
};

} // namespace ik
