#include "theme.h"

#include "edgestyle.h"

#include <QApplication>
#include <QEvent>
#include <QStyle>
#include <QStyleFactory>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace ik::theme {

namespace {

constexpr char kToneProperty[] = "ikTextTone";

double channel(double c) {
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor shade(const QColor& c, double lightness) {
    float h = 0, s = 0, l = 0, a = 0;
    c.toHsl().getHslF(&h, &s, &l, &a);
    return QColor::fromHslF(h, s, float(std::clamp(lightness, 0.0, 1.0)), 1.0f).toRgb();
}

// Follows palette changes of a widget shown in a tone: its colour is chosen for the palette it
// inherits, so a new application palette (light -> dark) picks a new shade.
class ToneKeeper : public QObject {
public:
    explicit ToneKeeper(QWidget* widget) : QObject(widget) {
        setObjectName(QStringLiteral("ikToneKeeper"));
        widget->installEventFilter(this);
    }
    static void refresh(QWidget* w) {
        const std::optional<Tone> tone = textTone(w);
        if (!tone)
            return;
        const QPalette inherited =
            w->parentWidget() ? w->parentWidget()->palette() : QApplication::palette(w);
        const QColor wanted = toneText(*tone, inherited);
        if (w->testAttribute(Qt::WA_SetPalette) &&
            w->palette().color(QPalette::Active, QPalette::WindowText) == wanted)
            return;
        QPalette only; // only the text roles are ours; the rest keeps following the parent
        for (auto group : {QPalette::Active, QPalette::Inactive}) {
            only.setColor(group, QPalette::WindowText, wanted);
            only.setColor(group, QPalette::Text, wanted);
        }
        w->setPalette(only);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
            refresh(static_cast<QWidget*>(watched));
        return false;
    }
};

} // namespace

std::optional<Scheme> parseScheme(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == u"system" || n.isEmpty())
        return Scheme::System;
    if (n == u"light")
        return Scheme::Light;
    if (n == u"dark")
        return Scheme::Dark;
    return std::nullopt;
}

QPalette darkPalette() {
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1f, 0x1f, 0x1f);
    const QColor alternate(0x29, 0x29, 0x29);
    const QColor button(0x36, 0x36, 0x36);
    const QColor text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x80, 0x80, 0x80);
    const QColor highlight(0x2f, 0x6f, 0xb3);

    QPalette p(button, window);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x80, 0x80));
    p.setColor(QPalette::Light, QColor(0x4d, 0x4d, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x24, 0x24));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x74, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb9, 0x94, 0xff));

    p.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Disabled, QPalette::HighlightedText, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Disabled, QPalette::PlaceholderText, QColor(0x6a, 0x6a, 0x6a));
    // The window is not focused (a dialog is up): the selection stays visible, only quieter.
    p.setColor(QPalette::Inactive, QPalette::Highlight, QColor(0x3a, 0x4e, 0x66));
    return p;
}

QPalette lightPalette() {
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    if (!fusion)
        return QPalette(QColor(0xef, 0xef, 0xef));
    QPalette p = fusion->standardPalette();
    delete fusion;
    // Fusion's selection blue gives white text 3.7:1; a shade darker reaches 4.5:1.
    for (auto group : {QPalette::Active, QPalette::Inactive})
        p.setColor(group, QPalette::Highlight,
                   withContrast(p.color(group, QPalette::Highlight),
                                p.color(group, QPalette::HighlightedText)));
    return p;
}

void apply(Scheme scheme) {
    if (scheme == Scheme::System)
        return;
    // Fusion, with control edges of 3:1 (edgestyle.h).
    QApplication::setStyle(new EdgeStyle);
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : lightPalette());
}

double luminance(const QColor& c) {
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) +
           0.0722 * channel(rgb.blueF());
}

double contrastRatio(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor blend(const QColor& under, const QColor& over, double amount) {
    const double t = std::clamp(amount, 0.0, 1.0);
    const QColor u = under.toRgb(), o = over.toRgb();
    return QColor::fromRgbF(float(u.redF() + (o.redF() - u.redF()) * t),
                            float(u.greenF() + (o.greenF() - u.greenF()) * t),
                            float(u.blueF() + (o.blueF() - u.blueF()) * t), 1.0f)
        .toRgb();
}

QColor composite(const QColor& over, const QColor& under) {
    QColor opaque = over.toRgb();
    opaque.setAlpha(255);
    return blend(under, opaque, over.alphaF());
}

bool isDark(const QPalette& palette) {
    return luminance(palette.color(QPalette::Window)) <
           luminance(palette.color(QPalette::WindowText));
}

QColor withContrast(const QColor& colour, const QColor& background, double minRatio) {
    if (contrastRatio(colour, background) >= minRatio)
        return colour.toRgb();
    float h = 0, s = 0, l = 0, a = 0;
    colour.toHsl().getHslF(&h, &s, &l, &a);
    // The nearest shade that reads, looking both ways: lighter first on a dark background.
    const bool darkBackground =
        contrastRatio(Qt::white, background) > contrastRatio(Qt::black, background);
    const double first = darkBackground ? +1.0 : -1.0;
    for (double step = 0.01; step <= 1.0; step += 0.01) {
        for (double dir : {first, -first}) {
            const double target = l + dir * step;
            if (target < 0.0 || target > 1.0)
                continue;
            const QColor c = shade(colour, target);
            if (contrastRatio(c, background) >= minRatio)
                return c;
        }
    }
    return darkBackground ? QColor(Qt::white) : QColor(Qt::black);
}

QColor readableTextOn(const QColor& background, const QColor& preferred, double minRatio) {
    if (contrastRatio(preferred, background) >= minRatio)
        return preferred;
    return contrastRatio(Qt::white, background) >= contrastRatio(Qt::black, background)
               ? QColor(Qt::white)
               : QColor(Qt::black);
}

QColor controlEdge(const QPalette& palette) {
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    const auto reaches = [&](const QColor& c) {
        for (auto role : {QPalette::Window, QPalette::Base, QPalette::Button})
            if (contrastRatio(c, palette.color(role)) < 3.1) // a little over 3: antialiasing
                return false;
        return true;
    };
    // As near the window as it may be: an edge, not a line of text.
    for (double amount = 0.3; amount < 1.0; amount += 0.02) {
        const QColor c = blend(window, text, amount);
        if (reaches(c))
            return c;
    }
    return text;
}

QColor toneHue(Tone tone) {
    switch (tone) {
    case Tone::Ok:
        return QColor(0x2e, 0x9d, 0x4f);
    case Tone::Warn:
        return QColor(0xc9, 0x85, 0x00);
    case Tone::Error:
        return QColor(0xd9, 0x34, 0x2b);
    }
    return {};
}

QColor toneText(Tone tone, const QPalette& palette) {
    return withContrast(toneHue(tone), palette.color(QPalette::Window));
}

QColor toneTint(Tone tone, const QPalette& palette, QPalette::ColorRole role,
                QPalette::ColorRole textRole) {
    const QColor under = palette.color(role);
    const QColor text = palette.color(textRole);
    // Dark backgrounds need a little more of the hue to show it at all.
    for (double amount = isDark(palette) ? 0.30 : 0.16; amount > 0.0; amount -= 0.02) {
        const QColor tint = blend(under, toneHue(tone), amount);
        if (contrastRatio(text, tint) >= 4.5)
            return tint;
    }
    return under;
}

void setTextTone(QWidget* widget, std::optional<Tone> tone) {
    if (!widget)
        return;
    QFont f = widget->font();
    f.setBold(tone.has_value());
    widget->setFont(f);
    if (!tone) {
        widget->setProperty(kToneProperty, QVariant());
        widget->setPalette(QPalette()); // back to what the parent gives
        return;
    }
    widget->setProperty(kToneProperty, int(*tone));
    if (!widget->findChild<QObject*>(QStringLiteral("ikToneKeeper"), Qt::FindDirectChildrenOnly))
        new ToneKeeper(widget);
    ToneKeeper::refresh(widget);
}

std::optional<Tone> textTone(const QWidget* widget) {
    const QVariant v = widget ? widget->property(kToneProperty) : QVariant();
    if (!v.isValid())
        return std::nullopt;
    return Tone(v.toInt());
}

} // namespace ik::theme
