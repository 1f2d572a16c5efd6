// The answer tinted by token probability, and the alternatives of a hovered or selected token.
// Cheap while streaming, like the rest of StreamView (Qt Creator's output window): new text is
// inserted with its tokens' formats, and only a toggle reformats what is already shown.
#include "streamview.h"

#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextBlock>
#include <QToolButton>
#include <QToolTip>

#include <algorithm>

namespace ik {

QWidget* StreamView::buildAlternatives() {
    m_alternatives = new QWidget(this);
    m_alternatives->setObjectName(QStringLiteral("tokenAlternatives"));
    auto* row = new QHBoxLayout(m_alternatives);
    row->setContentsMargins(0, 0, 0, 0);
    m_alternativesLabel = new QLabel(m_alternatives);
    m_alternativesLabel->setObjectName(QStringLiteral("tokenAlternativesText"));
    m_alternativesLabel->setTextFormat(Qt::PlainText);
    m_alternativesLabel->setWordWrap(true);
    m_alternativesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_alternativesLabel, 1);
    m_alternativeButtons = new QHBoxLayout;
    row->addLayout(m_alternativeButtons);
    m_alternatives->hide();
    return m_alternatives;
}

QColor StreamView::tintColour(int band, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    if (band < 0)
        return base;
    // Stronger on a dark base, where a light blend of a hue reads as grey; the sure band is the
    // faintest so that what stands out is what the model was unsure of.
    const bool dark = theme::isDark(palette);
    const double amount = (band == 0 ? 0.10 : 0.22 + 0.06 * band) * (dark ? 1.5 : 1.0);
    return theme::blend(base, QColor::fromHsv(bandHue(band), 230, dark ? 200 : 255), amount);
}

void StreamView::updateTintFormats() {
    m_bandFormats.clear();
    const QPalette pal = palette(); // the raw view inherits it
    for (int band = -1; band < kProbabilityBands; ++band) {
        QTextCharFormat f;
        if (band >= 0) {
            const QColor bg = tintColour(band, pal);
            f.setBackground(bg);
            f.setForeground(theme::readableTextOn(bg, pal.color(QPalette::Text)));
        }
        m_bandFormats.append(f);
    }
}

bool StreamView::tinted() const {
    return m_tintToggle->isChecked();
}

void StreamView::setTinted(bool on) {
    if (m_tintToggle->isChecked() != on) {
        m_tintToggle->setChecked(on); // re-enters through toggled()
        return;
    }
    if (on)
        setRawMode(true);
    retint();
}

void StreamView::appendTokens(const QList<TokenLogprob>& tokens) {
    if (tokens.isEmpty())
        return;
    const qsizetype first = m_tokens.size();
    m_tokens += tokens;
    m_tintToggle->show();
    // Text usually arrives with its tokens, before the next flush; a token for text already
    // shown is formatted where it stands.
    if (!tinted() || m_tokens[first].offset >= m_flushed)
        return;
    QTextCursor c(m_raw->document());
    c.beginEditBlock();
    for (qsizetype i = first; i < m_tokens.size() && m_tokens[i].offset < m_flushed; ++i) {
        const TokenLogprob& t = m_tokens[i];
        c.setPosition(int(t.offset));
        c.setPosition(int(std::min(m_flushed, t.offset + t.token.size())), QTextCursor::KeepAnchor);
        c.setCharFormat(m_bandFormats[probabilityBand(tokenProbability(t.logprob)) + 1]);
    }
    c.endEditBlock();
}

void StreamView::insertShown(const QString& shown) {
    m_end.beginEditBlock();
    m_end.movePosition(QTextCursor::End);
    if (tinted() && !m_tokens.isEmpty())
        insertTinted(shown, m_flushed);
    else
        m_end.insertText(shown, QTextCharFormat());
    m_end.endEditBlock();
    m_flushed += shown.size();
}

// shown holds answer positions [at, at + size): each token's span gets its band's format, the
// text between tokens none. Tokens are found by binary search, so this costs the new tokens only;
// neighbours in the same band go in as one insert.
void StreamView::insertTinted(const QString& shown, qsizetype at) {
    const qsizetype end = at + shown.size();
    const qsizetype n = m_tokens.size();
    // The token covering `at`, else the first one after it.
    qsizetype i = tokenAt(m_tokens, at);
    if (i < 0)
        i = std::partition_point(m_tokens.begin(), m_tokens.end(),
                                 [at](const TokenLogprob& t) { return t.offset < at; }) -
            m_tokens.begin();
    qsizetype runStart = at;
    int runFormat = 0; // index into m_bandFormats; 0: no tint
    const auto emitRun = [&](qsizetype upTo) {
        if (upTo > runStart)
            m_end.insertText(shown.mid(runStart - at, upTo - runStart), m_bandFormats[runFormat]);
        runStart = upTo;
    };
    qsizetype pos = at;
    while (pos < end) {
        int format = 0;
        qsizetype stop = end;
        if (i < n && m_tokens[i].offset <= pos) {
            const TokenLogprob& t = m_tokens[i];
            const qsizetype next = i + 1 < n ? m_tokens[i + 1].offset : t.offset + t.token.size();
            stop = std::min(end, std::max(next, t.offset + 1));
            format = probabilityBand(tokenProbability(t.logprob)) + 1;
            ++i;
            if (stop <= pos)
                continue;
        } else if (i < n) {
            stop = std::min(end, m_tokens[i].offset);
        }
        if (format != runFormat) {
            emitRun(pos);
            runFormat = format;
        }
        pos = stop;
    }
    emitRun(end);
}

// A toggle reformats the whole answer once: runs of tokens in the same band share one format.
void StreamView::retint() {
    QTextCursor c(m_raw->document());
    c.beginEditBlock();
    c.select(QTextCursor::Document);
    c.setCharFormat(QTextCharFormat());
    if (tinted()) {
        qsizetype i = 0;
        while (i < m_tokens.size() && m_tokens[i].offset < m_flushed) {
            const int band = probabilityBand(tokenProbability(m_tokens[i].logprob));
            const qsizetype start = m_tokens[i].offset;
            qsizetype j = i + 1;
            while (j < m_tokens.size() && m_tokens[j].offset < m_flushed &&
                   probabilityBand(tokenProbability(m_tokens[j].logprob)) == band)
                ++j;
            const TokenLogprob& last = m_tokens[j - 1];
            const qsizetype stop =
                j < m_tokens.size() ? m_tokens[j].offset : last.offset + last.token.size();
            c.setPosition(int(start));
            c.setPosition(int(std::min(stop, m_flushed)), QTextCursor::KeepAnchor);
            c.setCharFormat(m_bandFormats[band + 1]);
            i = j;
        }
    }
    c.endEditBlock();
}

QString StreamView::alternativesAt(int pos) const {
    const qsizetype i = tokenAt(m_tokens, pos);
    return i < 0 ? QString() : alternativesText(m_tokens[i]);
}

QString StreamView::alternativesShown() const {
    return m_alternatives->isHidden() ? QString() : m_alternativesLabel->text();
}

void StreamView::showAlternatives(int tokenIndex) {
    m_shownToken = tokenIndex;
    // Later, not now: this may run inside the clicked() of one of these buttons.
    while (QLayoutItem* item = m_alternativeButtons->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (tokenIndex < 0 || tokenIndex >= m_tokens.size()) {
        m_shownToken = -1;
        m_alternatives->hide();
        return;
    }
    const TokenLogprob& t = m_tokens[tokenIndex];
    m_alternativesLabel->setText(alternativesText(t));
    // Regenerating needs the whole answer: alternatives become buttons once it is final.
    for (const TokenAlternative& a : t.top) {
        if (!m_final || a.token == t.token)
            continue;
        auto* b = new QToolButton(m_alternatives);
        b->setObjectName(QStringLiteral("alternative"));
        b->setText(QStringLiteral("%1 %2").arg(tokenLabel(a.token), percentText(a.logprob)));
        b->setToolTip(tr("Regenerate from here with %1 in place of %2")
                          .arg(tokenLabel(a.token), tokenLabel(t.token)));
        b->setAccessibleName(tr("Regenerate with %1").arg(tokenLabel(a.token)));
        const QString alternative = a.token;
        connect(b, &QToolButton::clicked, this, [this, tokenIndex, alternative] {
            emit alternativeChosen(tokenIndex, alternative);
        });
        m_alternativeButtons->addWidget(b);
    }
    m_alternatives->show();
}

int StreamView::tokenUnder(const QPoint& viewportPos) const {
    const QTextCursor c = m_raw->cursorForPosition(viewportPos);
    int pos = c.position();
    // The cursor lands between characters: the one under the pointer is left of it when the
    // pointer is left of the cursor.
    if (pos > 0 && m_raw->cursorRect(c).left() > viewportPos.x())
        --pos;
    return int(tokenAt(m_tokens, pos));
}

bool StreamView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_raw->viewport() && event->type() == QEvent::ToolTip && !m_tokens.isEmpty()) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const int i = tokenUnder(help->pos());
        if (i >= 0)
            QToolTip::showText(help->globalPos(), alternativesText(m_tokens[i]), m_raw->viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StreamView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) {
        updateTintFormats();
        if (tinted())
            retint();
    }
    QWidget::changeEvent(event);
}

} // namespace ik
