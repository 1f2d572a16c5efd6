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

QList<int> heatmapTicks(int n) {
    QList<int> ticks;
    if (n <= 0)
        return ticks;
    int step = 1;
    if (n > 20) {
        for (int base = 1;; base *= 10) {
            const int candidates[] = {base, 2 * base, 5 * base};
            const auto fit = std::find_if(std::begin(candidates), std::end(candidates),
                                          [n](int c) { return n / c <= 8; });
            if (fit != std::end(candidates)) {
                step = *fit;
                break;
            }
        }
    }
    // Labels read 1-based (#1 is row 0), so the round numbers are 1, step, 2·step, …
    ticks.append(0);
    for (int label = step; label <= n; label += step)
        if (label - 1 > ticks.last())
            ticks.append(label - 1);
    if (ticks.last() != n - 1) {
        if (n - 1 - ticks.last() < step / 2 && ticks.size() > 1)
            ticks.removeLast(); // too close to the last row to read apart
        ticks.append(n - 1);
    }
    return ticks;
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
    const QFontMetrics fm = fontMetrics();
    const int n = m_matrix ? m_matrix->n : 1;
    // Row numbers on the left, column numbers on top, the colour scale and its values right.
    const QRect area =
        rect().adjusted(fm.horizontalAdvance(QString::number(n)) + 6, fm.height() + 2,
                        -(fm.horizontalAdvance(QStringLiteral("\u22121")) + 22), -4);
    const int side = std::max(1, std::min(area.width(), area.height()));
    return {area.left() + (area.width() - side) / 2, area.top(), side, side};
}

void HeatmapWidget::paintTicks(QPainter& p, const QRect& t) const {
    const int n = m_matrix->n;
    const QFontMetrics fm = fontMetrics();
    p.setPen(palette().color(QPalette::WindowText));
    for (int k : heatmapTicks(n)) {
        const QString label = QString::number(k + 1);
        const int centre = int((k + 0.5) * t.width() / n);
        const int w = fm.horizontalAdvance(label);
        p.drawText(t.left() + centre - w / 2, t.top() - 3, label);
        p.drawText(t.left() - w - 4, t.top() + centre + fm.ascent() / 2 - 1, label);
    }
}

void HeatmapWidget::paintScale(QPainter& p, const QRect& t) const {
    const QRect bar(t.right() + 6, t.top(), 8, t.height());
    for (int y = 0; y < bar.height(); ++y) {
        p.setPen(QColor(divergingColour(1.0 - 2.0 * y / std::max(1, bar.height() - 1))));
        p.drawLine(bar.left(), bar.top() + y, bar.right(), bar.top() + y);
    }
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(bar.adjusted(0, 0, -1, -1));
    p.setPen(palette().color(QPalette::WindowText));
    const QFontMetrics fm = fontMetrics();
    const int x = bar.right() + 3;
    p.drawText(x, bar.top() + fm.ascent(), QStringLiteral("1"));
    p.drawText(x, bar.center().y() + fm.ascent() / 2, QStringLiteral("0"));
    p.drawText(x, bar.bottom(), QStringLiteral("\u22121"));
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
    const QRect t = target();
    p.drawImage(t, m_image);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(t.adjusted(0, 0, -1, -1));
    paintTicks(p, t);
    paintScale(p, t);
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
