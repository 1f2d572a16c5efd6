#include "historypanel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace ik {

namespace {

// Typing in the search box reads history once the typing pauses.
constexpr int kRefreshDelayMs = 200;

} // namespace

HistoryPanel::HistoryPanel(History* history, QWidget* parent)
    : QWidget(parent), m_model(new HistoryModel(history, this)), m_refreshTimer(new QTimer(this)) {
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(kRefreshDelayMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &HistoryPanel::refresh);
    buildSearch();
    buildOriginFilter();
    buildList();
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_origin);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addLayout(buildButtons());
}

void HistoryPanel::buildSearch() {
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setAccessibleName(tr("Search history"));
    m_search->setPlaceholderText(tr("Search prompts and answers"));
    m_search->setClearButtonEnabled(true);
    // Qt's clear button has no text of its own: give it one a screen reader can say.
    if (auto* clear = m_search->findChild<QAction*>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the search"));
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPanel::refreshSoon);
}

// Compare's Repeat sends one prompt many times: its runs can be left out, or shown alone.
void HistoryPanel::buildOriginFilter() {
    m_origin = new QComboBox(this);
    m_origin->setObjectName(u"historyOrigin"_s);
    m_origin->setAccessibleName(tr("Show runs from"));
    m_origin->addItem(tr("All runs"), int(HistoryOriginFilter::All));
    m_origin->addItem(tr("Playground only"), int(HistoryOriginFilter::Playground));
    m_origin->addItem(tr("Compare only"), int(HistoryOriginFilter::Compare));
    connect(m_origin, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOriginFilter(HistoryOriginFilter(m_origin->currentData().toInt()));
    });
}

void HistoryPanel::buildList() {
    m_list = new QTreeView(this);
    m_list->setObjectName(u"historyList"_s);
    m_list->setAccessibleName(tr("Runs of this workload"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setSectionResizeMode(HistoryModel::Started, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(HistoryModel::State, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(HistoryModel::Origin, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeView::activated, this,
            [this](const QModelIndex& index) { emit reopenRequested(m_model->idAt(index.row())); });
}

QLayout* HistoryPanel::buildButtons() {
    const auto button = [this](const char* name, const QString& text) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setAccessibleName(text);
        return b;
    };
    auto* reopen = button("historyReopen", tr("Reopen"));
    auto* remove = button("historyDelete", tr("Delete"));
    connect(reopen, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id >= 0)
            emit reopenRequested(id);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (const qint64 id = selectedId(); id >= 0)
            emit deleteRequested(id);
    });
    auto* exportButton = new QToolButton(this);
    exportButton->setObjectName(u"historyExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exportButton);
    const auto entry = [this, menu](const QString& text, HistoryExport format) {
        menu->addAction(text, this, [this, format] { emit exportRequested(selectedId(), format); });
    };
    entry(tr("Run as Markdown…"), HistoryExport::RunMarkdown);
    entry(tr("Run as JSON…"), HistoryExport::RunJson);
    entry(tr("Conversation as Markdown…"), HistoryExport::ConversationMarkdown);
    entry(tr("Conversation as JSON…"), HistoryExport::ConversationJson);
    exportButton->setMenu(menu);
    auto* row = new QHBoxLayout;
    row->addWidget(reopen);
    row->addWidget(remove);
    row->addWidget(exportButton);
    row->addStretch(1);
    return row;
}

qint64 HistoryPanel::selectedId() const {
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : -1;
}

void HistoryPanel::setWorkloadId(const QString& workloadId) {
    m_refreshTimer->stop();
    m_model->setWorkloadId(workloadId);
}

void HistoryPanel::refresh() {
    m_refreshTimer->stop();
    const qint64 selected = selectedId();
    m_model->setSearch(m_search->text());
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_list->setCurrentIndex(m_model->index(row, 0));
}

void HistoryPanel::refreshSoon() {
    m_refreshTimer->start();
}

} // namespace ik
