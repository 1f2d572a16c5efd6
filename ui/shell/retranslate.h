#pragma once
// Changing the window's language while it runs. Installing a translator only tells each widget
// that the language changed; the texts it was given stay as they were. Rather than a retranslate
// function in every view (views stay thin: layout and input), the shell walks the open windows
// once: each text is mapped back, through the catalogue of the language it is in, to the message
// that made it, and shown again from that message in the new language, with the same values in
// its placeholders. What is not a message (the user's own text, names, wire codes) is left as it
// is. Item views are asked to fetch their headers and cells again: their models say them with
// tr() each time.

#include <QString>

class QWidget;

namespace ik::ui {

class Catalogue;

// Puts `language` ("en", "es", "fr") into effect on every open window. Returns false, with
// `problem` set and nothing changed on screen, when it cannot be installed.
bool switchLanguage(const QString& language, QString* problem = nullptr);

// The texts of `root` and everything in it that `from` recognises, said again in the language
// installed now; returns how many changed.
int retranslateTree(QWidget* root, const Catalogue& from);

} // namespace ik::ui
