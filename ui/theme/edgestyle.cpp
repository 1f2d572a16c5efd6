#include "edgestyle.h"

#include "theme.h"

#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextEdit>

namespace ik::theme {

namespace {

bool drawsOwnEdge(const QStyleOption* option) {
    return (option->state & QStyle::State_Enabled) &&
           !((option->state & QStyle::State_HasFocus) &&
             (option->state & QStyle::State_KeyboardFocusChange));
}

// Fusion's rounded frame (line edits, spin boxes): r less one pixel, on half pixels, radius 2.
void strokeFrame(QPainter* painter, const QRect& rect, const QColor& edge, qreal dy = 0.5) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, dy);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    painter->drawRoundedRect(rect.adjusted(0, 0, -1, -1), 2, 2);
    painter->restore();
}

// A square edge: Fusion's checkbox and plain frame.
void strokeRect(QPainter* painter, const QRect& rect, const QColor& edge) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    painter->drawRect(rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

void strokeRadio(QPainter* painter, const QRect& rect, const QColor& edge) {
    // The same circle Fusion draws.
    const QPointF centre = rect.center() + QPoint(1, 1);
    const qreal radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1;
    QPainterPath circle;
    circle.addEllipse(centre, radius, radius);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(edge, 1));
    painter->drawPath(circle);
    painter->restore();
}

} // namespace

EdgeStyle::EdgeStyle(QStyle* base)
    : QProxyStyle(base ? base : QStyleFactory::create(QStringLiteral("Fusion"))) {}

void EdgeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
                              QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (!drawsOwnEdge(option))
        return;
    const QColor edge = controlEdge(option->palette);
    switch (element) {
    case PE_IndicatorCheckBox:
        strokeRect(painter, option->rect, edge);
        break;
    case PE_IndicatorRadioButton:
        strokeRadio(painter, option->rect, edge);
        break;
    case PE_FrameLineEdit:
        if (!(option->state & State_HasFocus))
            strokeFrame(painter, option->rect, edge);
        break;
    case PE_Frame:
        // The frame of a multi-line text box (the prompt, the system prompt): an editor's edge.
        if (qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QTextEdit*>(widget))
            strokeRect(painter, option->rect, edge);
        break;
    case PE_PanelButtonCommand:
        // Fusion's button: one pixel less at the top, drawn half a pixel up.
        strokeFrame(painter, option->rect.adjusted(0, 1, 0, 0), edge, -0.5);
        break;
    default:
        break;
    }
}

void EdgeStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                   QPainter* painter, const QWidget* widget) const {
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control != CC_SpinBox || !drawsOwnEdge(option) || (option->state & State_HasFocus))
        return;
    if (const auto* spin = qstyleoption_cast<const QStyleOptionSpinBox*>(option);
        spin && spin->frame)
        strokeFrame(painter, option->rect, controlEdge(option->palette));
}

} // namespace ik::theme
