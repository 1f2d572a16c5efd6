#include "keyfield.h"

#include "credential.h"

#include <QAction>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QToolButton>

namespace ik::ui {

KeyField::KeyField(QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_reveal(new QToolButton(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_edit->setObjectName(QStringLiteral("keyEdit"));
    m_edit->setEchoMode(QLineEdit::Password);
    // Secrets are not for input methods' dictionaries, drag sources or undo-by-copy.
    m_edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_edit->setDragEnabled(false);
    m_edit->setAcceptDrops(false);
    m_edit->setContextMenuPolicy(Qt::DefaultContextMenu);
    m_edit->installEventFilter(this);
    m_edit->setPlaceholderText(tr("ik_live_…"));
    m_reveal->setObjectName(QStringLiteral("revealKey"));
    m_reveal->setCheckable(true);
    m_reveal->setText(tr("Show"));
    m_reveal->setToolTip(tr("Show or hide the key"));
    m_reveal->setAccessibleName(tr("Show key"));
    m_reveal->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_reveal);
    setFocusProxy(m_edit);
    connect(m_reveal, &QToolButton::toggled, this, &KeyField::setRevealed);
    connect(m_edit, &QLineEdit::textChanged, this, &KeyField::keyChanged);
}

QString KeyField::key() const {
    return m_edit->text();
}
void KeyField::setKey(const QString& key) {
    m_edit->setText(key);
}
void KeyField::setPlaceholderText(const QString& text) {
    m_edit->setPlaceholderText(text);
}
void KeyField::setAccessibleFieldName(const QString& name) {
    m_edit->setAccessibleName(name);
}
bool KeyField::isRevealed() const {
    return m_edit->echoMode() == QLineEdit::Normal;
}

void KeyField::setRevealed(bool revealed) {
    m_edit->setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    m_reveal->setText(revealed ? tr("Hide") : tr("Show"));
    m_reveal->setAccessibleName(revealed ? tr("Hide key") : tr("Show key"));
    if (m_reveal->isChecked() != revealed)
        m_reveal->setChecked(revealed);
}

void KeyField::pasteNormalised() {
    const QString clip = QGuiApplication::clipboard()->text();
    if (clip.isEmpty())
        return;
    QStringList changes;
    const QString clean = normaliseKey(clip, &changes);
    if (m_edit->text().isEmpty() || m_edit->selectedText() == m_edit->text())
        m_edit->setText(clean);
    else
        m_edit->insert(clean);
    emit normalisedOnPaste(changes);
}

bool KeyField::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Paste)) {
            pasteNormalised();
            return true;
        }
    }
    if (watched == m_edit && event->type() == QEvent::ContextMenu) {
        auto* e = static_cast<QContextMenuEvent*>(event);
        QMenu menu(this);
        QAction* paste = menu.addAction(tr("&Paste"), this, &KeyField::pasteNormalised);
        paste->setShortcut(QKeySequence::Paste);
        menu.addAction(tr("Clear"), m_edit, &QLineEdit::clear);
        menu.addAction(tr("Select all"), m_edit, &QLineEdit::selectAll);
        menu.exec(e->globalPos());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ik::ui
