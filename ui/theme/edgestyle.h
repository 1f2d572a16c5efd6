#pragma once
// Fusion with control edges that can be seen. Fusion draws the edge of a checkbox, a radio
// button, a line edit, a spin box, a combo box and a push button in the window colour made a
// little darker: about 1.2:1 in the dark palette, where an unchecked checkbox (an unset
// parameter) all but disappears. Multi-line text boxes get the same edge. This style lets Fusion
// draw everything, then draws those edges again in theme::controlEdge(), which keeps 3:1 against
// the window, the base and the button colour (WCAG non-text contrast). Focused and disabled
// controls keep Fusion's own edge (the focus colour; WCAG exempts inactive controls).

#include <QProxyStyle>

namespace ik::theme {

class EdgeStyle : public QProxyStyle {
    Q_OBJECT
public:
    explicit EdgeStyle(QStyle* base = nullptr); // nullptr: Fusion; owns `base`

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                            QPainter* painter, const QWidget* widget = nullptr) const override;
};

} // namespace ik::theme
