#include "errorcard.h"

#include "credential.h"
#include "guard.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace ik {

namespace {

// Core's hint for a wait names the seconds. Beside the countdown, which says them, the card says
// what to do without repeating them: the wait is said once.
QString hintBesideCountdown(const Error& e) {
    if (e.hint != hintFor(e.kind, e.code, e.httpStatus, e.retryAfterSeconds) ||
        e.hint == hintFor(e.kind, e.code, e.httpStatus, std::nullopt))
        return e.hint;
    if (e.kind == ErrorKind::RateLimited)
        return ErrorCard::tr("Too many requests: Retry waits as long as the server asked; send "
                             "fewer requests at once to avoid it.");
    return ErrorCard::tr("The workload is unavailable, perhaps starting from cold: Retry waits as "
                         "long as the server asked.");
}

} // namespace

ErrorCard::ErrorCard(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("errorCard"));
    setAccessibleName(tr("Error"));
    setFrameShape(QFrame::StyledPanel);
    // The background is painted from the palette in use at paint time (paintEvent), so the card
    // follows a switch between light and dark and its text keeps >= 4.5:1.

    const auto label = [this](const char* name) {
        auto* l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
        return l;
    };
    m_title = label("errorTitle");
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = label("errorMessage");
    m_hint = label("errorHint");
    m_countdown = label("errorCountdown");
    m_retry = new QPushButton(tr("Retry"), this);
    m_retry->setObjectName(QStringLiteral("errorRetry"));
    m_retry->setAccessibleName(tr("Retry the request"));
    m_close = new QPushButton(tr("Dismiss"), this);
    m_close->setObjectName(QStringLiteral("errorDismiss"));
    connect(m_retry, &QPushButton::clicked, this, &ErrorCard::onRetryClicked);
    connect(m_close, &QPushButton::clicked, this, &ErrorCard::dismiss);

    m_timer = new QTimer(this);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ErrorCard::tick);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_countdown, 1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    hide();
}

QColor ErrorCard::backgroundColour() const {
    return theme::toneTint(theme::Tone::Error, palette(), QPalette::Window, QPalette::WindowText);
}

void ErrorCard::paintEvent(QPaintEvent* event) {
    {
        QPainter p(this);
        p.fillRect(rect(), backgroundColour());
        // The hue says "error" on its own too, beside the title; wide enough to see, not text.
        p.fillRect(QRect(0, 0, 4, height()), theme::toneText(theme::Tone::Error, palette()));
    }
    QFrame::paintEvent(event); // the frame over the fill
}

void ErrorCard::showError(const Error& e, const QString& headline) {
    QString title = headline;
    title += QStringLiteral(" · %1").arg(errorKindName(e.kind));
    if (e.httpStatus > 0)
        title += QStringLiteral(" · HTTP %1").arg(e.httpStatus);
    if (!e.code.isEmpty())
        title += QStringLiteral(" · %1").arg(e.code);
    m_title->setText(title);
    const bool counting = e.retryAfterSeconds && *e.retryAfterSeconds > 0;
    Error said = e;
    if (counting) {
        said.retryAfterSeconds.reset(); // the countdown says how long
        said.hint = hintBesideCountdown(e);
    }
    m_message->setText(redactSecrets(said.summary()));
    m_hint->setText(redactSecrets(said.hint));
    m_hint->setVisible(!said.hint.isEmpty());
    m_retry->setVisible(true);
    m_retry->setText(tr("Retry"));
    m_retryPending = false;
    m_deadline = QDeadlineTimer(qint64(qMax(0, e.retryAfterSeconds.value_or(0))) * 1000);
    tick();
    if (counting)
        m_timer->start();
    m_content = {e, headline, std::nullopt, m_deadline};
    show();
}

void ErrorCard::showBlocked(const GuardVerdict& v) {
    m_timer->stop();
    m_retryPending = false;
    m_title->setText(tr("Not sent: the credential guard blocked it"));
    QStringList reasons, fixes;
    for (const GuardFinding& f : v.blocks) {
        reasons.append(f.reason);
        if (!f.fix.isEmpty())
            fixes.append(f.fix);
    }
    m_message->setText(reasons.join(u'\n'));
    m_hint->setText(fixes.join(u'\n'));
    m_hint->setVisible(!fixes.isEmpty());
    m_countdown->clear();
    m_retry->setVisible(false);
    m_content = {std::nullopt, {}, v, {}};
    show();
}

void ErrorCard::dismiss() {
    m_timer->stop();
    m_retryPending = false;
    m_content = {};
    hide();
}

ErrorCard::Content ErrorCard::content() const {
    return isHidden() ? Content() : m_content;
}

void ErrorCard::restore(const Content& content) {
    dismiss();
    if (content.blocked) {
        showBlocked(*content.blocked);
    } else if (content.error) {
        showError(*content.error, content.headline);
        m_deadline = content.deadline;
        m_content.deadline = content.deadline;
        tick();
    }
}

QString ErrorCard::title() const {
    return m_title->text();
}
QString ErrorCard::message() const {
    return m_message->text();
}
QString ErrorCard::hint() const {
    return m_hint->text();
}
QString ErrorCard::countdownText() const {
    return m_countdown->text();
}

int ErrorCard::secondsLeft() const {
    return int(std::ceil(double(m_deadline.remainingTime()) / 1000.0));
}

void ErrorCard::onRetryClicked() {
    if (m_retryPending) { // a second click cancels the scheduled retry
        m_retryPending = false;
        m_retry->setText(tr("Retry"));
        tick();
        return;
    }
    if (secondsLeft() <= 0) {
        m_timer->stop();
        emit retryRequested();
        return;
    }
    m_retryPending = true;
    m_retry->setText(tr("Cancel retry"));
    m_timer->start();
    tick();
}

void ErrorCard::tick() {
    const int left = secondsLeft();
    if (left > 0) {
        m_countdown->setText(
            m_retryPending ? tr("Retrying in %n s (the server asked to wait)", nullptr, left)
                           : tr("The server asked to wait: retry possible in %n s", nullptr, left));
        return;
    }
    m_timer->stop();
    m_countdown->clear();
    if (m_retryPending) {
        m_retryPending = false;
        m_retry->setText(tr("Retry"));
        emit retryRequested();
    }
}

} // namespace ik
