#pragma once
// Light and dark: the application's palettes and the colour maths that keeps text legible on
// both. Views never hard-code a colour for text or a background: they ask for a status colour or
// a tint derived from the palette they are shown in, and these keep a WCAG contrast ratio of at
// least 4.5 against the palette's own text.

#include <QColor>
#include <QPalette>
#include <QString>

#include <optional>

class QWidget;

namespace ik::theme {

// What `ik-playground --palette` accepts. System leaves the platform's style and palette alone.
enum class Scheme { System, Light, Dark };
std::optional<Scheme> parseScheme(const QString& name);

// A dark palette for the Fusion style: every text role reaches >= 4.5:1 on the background it is
// drawn on (disabled text excepted, as WCAG does).
QPalette darkPalette();
// Fusion's own light palette.
QPalette lightPalette();
// Sets the Fusion style and the scheme's palette on the application (System: does nothing).
// Call after the QApplication exists and before the window is built.
void apply(Scheme scheme);

// WCAG 2 relative luminance (0 black .. 1 white) and contrast ratio (1 .. 21).
double luminance(const QColor& c);
double contrastRatio(const QColor& a, const QColor& b);
// `over` painted with its own alpha (or with `amount` when given) on the opaque `under`.
QColor composite(const QColor& over, const QColor& under);
QColor blend(const QColor& under, const QColor& over, double amount);
bool isDark(const QPalette& palette);

// `colour` made lighter or darker (hue kept) until it reaches `minRatio` against `background`;
// black or white if no shade of it does.
QColor withContrast(const QColor& colour, const QColor& background, double minRatio = 4.5);
// Whichever of the palette's text colour, black and white reads best on `background`, the
// palette's own colour first when it is legible enough.
QColor readableTextOn(const QColor& background, const QColor& preferred, double minRatio = 4.5);

// The colour of a control's edge (checkbox and radio indicators, line edits, spin and combo
// boxes, buttons): a grey between the palette's window and its text that keeps >= 3:1 against
// the window, the base and the button colour (WCAG non-text contrast). EdgeStyle draws with it.
QColor controlEdge(const QPalette& palette);

// Meaning-carrying colours: the hue says it, the shade is chosen for the palette.
enum class Tone { Ok, Warn, Error };
QColor toneHue(Tone tone);
// A text colour in the tone's hue, >= 4.5:1 on the palette's Window.
QColor toneText(Tone tone, const QPalette& palette);
// A background in the tone's hue blended into `role`, kept light (or dark) enough that the
// palette's `textRole` colour stays >= 4.5:1 on it.
QColor toneTint(Tone tone, const QPalette& palette, QPalette::ColorRole role = QPalette::Window,
                QPalette::ColorRole textRole = QPalette::WindowText);

// Shows a label's text in a tone (bold, coloured for the palette it is in), and follows palette
// changes; nullopt returns it to the inherited palette and weight.
void setTextTone(QWidget* widget, std::optional<Tone> tone);
std::optional<Tone> textTone(const QWidget* widget);

} // namespace ik::theme
