#pragma once
// The window's messages as one language shows them, read from the catalogues built into the
// program (translations/*.ts under :/i18n-src). It answers the one question a running language
// switch needs: which message, with which values, made this text on the screen? Exact texts are
// looked up directly; texts made from a message with placeholders ("%n tokens", "%1 of %2") are
// matched as patterns, and their values are put into the message in the language installed now.

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace ik::ui {

class Catalogue {
public:
    // `language` as installLanguage() takes it ("en", "es", "fr"). Empty when its catalogue is
    // not built into the program.
    static Catalogue shownIn(const QString& language);

    bool isEmpty() const { return m_messages.isEmpty(); }
    qsizetype size() const { return m_messages.size(); }

    struct Said {
        QString text;    // in the language installed now
        QString message; // which message it is (context, source, comment), for a later hint
    };
    // What `shown` says in the language installed now, or nothing when no message of this
    // catalogue made it (the user's own text, a name, a wire code). Two messages can show the
    // same ("E&valuate" and "Ev&aluate" are both "É&valuer"): then `hint`, the message the text
    // was made from last time, wins when it fits, else one from a class in `contexts` (the
    // classes the text sits in, innermost first), else the first.
    std::optional<Said> said(const QString& shown, const QStringList& contexts = {},
                             const QString& hint = {}) const;
    std::optional<QString> translate(const QString& shown, const QStringList& contexts = {}) const {
        const std::optional<Said> s = said(shown, contexts);
        return s ? std::optional<QString>(s->text) : std::nullopt;
    }

private:
    struct Message {
        QString context;
        QString source;
        QString comment;
        bool numerus = false;
    };
    // One shown form of a message with placeholders, as an anchored pattern.
    struct Pattern {
        int message = 0;
        QRegularExpression regex;
        QStringList literals;  // the text between the placeholders, for a quick rejection
        QStringList arguments; // the placeholder of each capture: "1", "2", "n"
        qsizetype literalLength = 0;
    };

    void add(const Message& message, const QStringList& shownForms);
    int preferred(const QList<int>& candidates, const QStringList& contexts, int hint) const;
    QString keyOf(int message) const;
    QString fill(const Pattern& pattern, const QRegularExpressionMatch& match) const;

    QList<Message> m_messages;
    QMultiHash<QString, int> m_exact;
    QHash<QString, int> m_byKey;
    QList<Pattern> m_patterns;
};

} // namespace ik::ui
