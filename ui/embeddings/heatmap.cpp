#include "heatmap.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace ik {

QRgb divergingColour(double value) {
    const double v = std::clamp(value, -1.0, 1.0);
    // White at 0 fading to a saturated end, so small differences near 0 stay visible.
    const double a = std::abs(v);
    if (v >= 0)
        return qRgb(255 - int(a * 75), 255 - int(a * 215), 255 - int(a * 215));
    return qRgb(255 - int(a * 215), 255 - int(a * 155), 255 - int(a * 40));
}

QImage heatmapImage(const embed::SimilarityMatrix& matrix) {
    const int n = matrix.n;
    QImage img(std::max(n, 1), std::max(n, 1), QImage::Format_RGB32);
    img.fill(Qt::white);
    // A lookup table: 4M cells need a cheap colour.
    QRgb lut[1024];
    for (int k = 0; k < 1024; ++k)
        lut[k] = divergingColour(k / 511.5 - 1.0);
    for (int i = 0; i < n; ++i) {
        auto* line = reinterpret_cast<QRgb*>(img.scanLine(i));
        const float* row = matrix.row(i);
        for (int j = 0; j < n; ++j)
            line[j] = lut[std::clamp(int((row[j] + 1.0f) * 511.5f), 0, 1023)];
    }
    return img;
}

HeatmapWidget::HeatmapWidget(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(160, 160);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void HeatmapWidget::setMatrix(std::shared_ptr<const embed::SimilarityMatrix> matrix, QImage image,
                              std::function<QString(int)> textOf) {
    m_matrix = std::move(matrix);
    m_image = std::move(image);
    m_textOf = std::move(textOf);
    m_hoverText.clear();
    update();
}

void HeatmapWidget::clear() {
    setMatrix(nullptr, {}, {});
}

QRect HeatmapWidget::target() const {
    const int side = std::min(width(), height()) - 8;
    return {(width() - side) / 2, (height() - side) / 2, std::max(side, 1), std::max(side, 1)};
}

QPoint HeatmapWidget::cellAt(const QPoint& pos) const {
    if (!m_matrix || m_matrix->n == 0)
        return {-1, -1};
    const QRect t = target();
    if (!t.contains(pos))
        return {-1, -1};
    const int n = m_matrix->n;
    const int j = std::clamp(int(double(pos.x() - t.left()) * n / t.width()), 0, n - 1);
    const int i = std::clamp(int(double(pos.y() - t.top()) * n / t.height()), 0, n - 1);
    return {j, i};
}

void HeatmapWidget::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_image.isNull() || !m_matrix) {
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("The cosine heatmap appears once the inputs are embedded."));
        return;
    }
    // Nearest-neighbour scaling keeps one cell one block of colour, however large the set.
    p.setRenderHint(QPainter::SmoothPixmapTransform, false);
    p.drawImage(target(), m_image);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(target().adjusted(0, 0, -1, -1));
}

void HeatmapWidget::mouseMoveEvent(QMouseEvent* event) {
    const QPoint c = cellAt(event->position().toPoint());
    if (c.x() < 0) {
        m_hoverText.clear();
        QToolTip::hideText();
        return;
    }
    const int i = c.y(), j = c.x();
    const double value = m_matrix->at(i, j);
    auto text = [&](int k) {
        QString t = m_textOf ? m_textOf(k) : QString();
        if (t.size() > 80)
            t = t.left(79) + QStringLiteral("…");
        return t;
    };
    m_hoverText = tr("#%1 “%2” ↔ #%3 “%4”: cosine %5")
                      .arg(i + 1)
                      .arg(text(i))
                      .arg(j + 1)
                      .arg(text(j))
                      .arg(value, 0, 'f', 4);
    QToolTip::showText(event->globalPosition().toPoint(), m_hoverText, this);
    emit hovered(i, j, value);
}

void HeatmapWidget::mousePressEvent(QMouseEvent* event) {
    const QPoint c = cellAt(event->position().toPoint());
    if (c.x() >= 0 && event->button() == Qt::LeftButton)
        emit pairClicked(c.y(), c.x());
}

void HeatmapWidget::leaveEvent(QEvent*) {
    m_hoverText.clear();
}

HeatStrip::HeatStrip(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumHeight(24);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void HeatStrip::setValues(const QVector<float>& values) {
    m_values = values;
    m_image = QImage();
    if (!values.isEmpty()) {
        // Scaled by the largest magnitude of this vector: the pattern matters, not the scale.
        float big = 0;
        for (float v : values)
            big = std::max(big, std::abs(v));
        m_image = QImage(int(values.size()), 1, QImage::Format_RGB32);
        for (int t = 0; t < int(values.size()); ++t)
            m_image.setPixel(t, 0, divergingColour(big > 0 ? values[t] / big : 0.0));
    }
    update();
}

void HeatStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    if (m_image.isNull())
        return;
    p.drawImage(rect(), m_image);
}

void HeatStrip::mouseMoveEvent(QMouseEvent* event) {
    if (m_values.isEmpty())
        return;
    const int t = std::clamp(int(event->position().x() * m_values.size() / std::max(1, width())), 0,
                             int(m_values.size()) - 1);
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("dimension %1: %2").arg(t).arg(m_values[t], 0, 'g', 6), this);
}

} // namespace ik
