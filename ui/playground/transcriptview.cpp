#include "transcriptview.h"

#include "conversationmodel.h"
#include "transcriptmodel.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QScrollBar>

using namespace Qt::Literals::StringLiterals;

namespace ik {

TranscriptView::TranscriptView(QWidget* parent)
    : QListView(parent), m_model(new TranscriptModel(this)),
      m_delegate(new TranscriptDelegate(this)) {
    setObjectName(u"transcript"_s);
    setAccessibleName(tr("Conversation"));
    setModel(m_model);
    setItemDelegate(m_delegate);
    setWordWrap(true);
    setUniformItemSizes(false);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // F2 and the Edit link, below
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setMouseTracking(true); // the turn under the mouse shows its actions as links
    // Read at the bottom, it stays at the bottom as turns come and lay out; scrolled up, it
    // stays where the reader is.
    QScrollBar* bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followBottom = value == bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followBottom)
            bar->setValue(max);
    });
    connect(m_delegate, &TranscriptDelegate::actionClicked, this, &TranscriptView::trigger);
    connect(m_model, &TranscriptModel::revised, this, &TranscriptView::revised);
    addAction(TurnAction::Edit, QKeySequence(Qt::Key_F2));
    addAction(TurnAction::Branch, QKeySequence(Qt::CTRL | Qt::Key_E));
    addAction(TurnAction::Regenerate, QKeySequence(Qt::CTRL | Qt::Key_R));
    addAction(TurnAction::Fork, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    addAction(TurnAction::Copy, QKeySequence(Qt::CTRL | Qt::Key_C));
    addAction(TurnAction::Raw, QKeySequence(Qt::CTRL | Qt::Key_M));
    addAction(TurnAction::Previous, QKeySequence(Qt::ALT | Qt::Key_Left));
    addAction(TurnAction::Next, QKeySequence(Qt::ALT | Qt::Key_Right));
    addAction(TurnAction::Delete, QKeySequence(QKeySequence::Delete));
}

void TranscriptView::addAction(TurnAction which, const QKeySequence& keys) {
    static const QHash<int, QString> names{
        {int(TurnAction::Edit), tr("Edit in place")},
        {int(TurnAction::Branch), tr("Edit as a new branch")},
        {int(TurnAction::Regenerate), tr("Regenerate from here")},
        {int(TurnAction::Fork), tr("Fork a branch here")},
        {int(TurnAction::Copy), tr("Copy")},
        {int(TurnAction::Raw), tr("Raw / Markdown")},
        {int(TurnAction::Previous), tr("Previous alternative")},
        {int(TurnAction::Next), tr("Next alternative")},
        {int(TurnAction::Delete), tr("Delete")},
    };
    auto* a = new QAction(names.value(int(which)), this);
    a->setShortcut(keys);
    a->setShortcutContext(Qt::WidgetShortcut);
    connect(a, &QAction::triggered, this, [this, which] {
        if (currentIndex().isValid())
            trigger(which, currentIndex().row());
    });
    QListView::addAction(a);
    m_actions.insert(int(which), a);
}

void TranscriptView::setConversation(ConversationModel* conversation) {
    m_model->setConversation(conversation);
    scrollToBottom();
}

void TranscriptView::scrollToBottom() {
    m_followBottom = true;
    QListView::scrollToBottom();
}

void TranscriptView::trigger(TurnAction action, int row) {
    ConversationModel* c = m_model->conversation();
    if (!c || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row);
    setCurrentIndex(index);
    switch (action) {
    case TurnAction::Copy:
        QGuiApplication::clipboard()->setText(index.data(TranscriptModel::TextRole).toString());
        return;
    case TurnAction::Raw:
        m_model->toggleRaw(row);
        return;
    case TurnAction::Siblings:
        return;
    default:
        break;
    }
    if (action == TurnAction::Edit || action == TurnAction::Branch) {
        m_delegate->setEditAsBranch(action == TurnAction::Branch);
        edit(m_model->index(row));
        return;
    }
    switch (action) {
    case TurnAction::Previous:
    case TurnAction::Next:
        c->switchSibling(row, action == TurnAction::Next ? 1 : -1);
        setCurrentIndex(m_model->index(row));
        break;
    case TurnAction::Regenerate:
        emit regenerateRequested(row);
        break;
    case TurnAction::Fork:
        c->fork(row);
        setCurrentIndex(m_model->index(row));
        break;
    case TurnAction::Delete:
        c->removeTurn(row);
        setCurrentIndex(m_model->index(qMin(row, m_model->rowCount() - 1)));
        break;
    default:
        break;
    }
}

QAction* TranscriptView::actionFor(const QKeyEvent* event) const {
    const QKeySequence pressed(event->keyCombination());
    for (QAction* a : m_actions)
        if (a->shortcut().matches(pressed) == QKeySequence::ExactMatch)
            return a;
    return nullptr;
}

// The list view would take Delete, F2 and Alt+arrows as its own keys (or a window-wide
// shortcut would): on the transcript they mean the turn's actions.
bool TranscriptView::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride && actionFor(static_cast<QKeyEvent*>(event)) &&
        state() != EditingState) {
        event->accept();
        return true;
    }
    return QListView::event(event);
}

void TranscriptView::keyPressEvent(QKeyEvent* event) {
    if (QAction* a = state() != EditingState ? actionFor(event) : nullptr) {
        a->trigger();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void TranscriptView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_delegate->forget();
    QListView::changeEvent(event);
}

} // namespace ik
