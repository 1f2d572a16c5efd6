#include "inspector.h"

#include "credential.h"
#include "scrub.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ik {

QString prettyBody(const QByteArray& body) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    const QString text = error.error == QJsonParseError::NoError && !doc.isNull()
                             ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                             : QString::fromUtf8(body);
    // The inspector is screenshotted and pasted into tickets.
    return scrubSecrets(text);
}

FramesModel::FramesModel(QObject* parent) : QAbstractTableModel(parent) {
    m_publish = new QTimer(this);
    m_publish->setSingleShot(true);
    m_publish->setInterval(100);
    connect(m_publish, &QTimer::timeout, this, &FramesModel::publish);
}

void FramesModel::clear() {
    setFrames({});
}

void FramesModel::setFrames(const QList<Frame>& frames) {
    beginResetModel();
    m_frames.clear();
    m_offsets.clear();
    m_textLength = 0;
    for (const Frame& f : frames) {
        m_offsets.append(m_textLength);
        m_textLength += int(f.delta.size());
        m_frames.append(f);
    }
    m_shown = int(m_frames.size());
    m_publish->stop();
    endResetModel();
}

void FramesModel::append(const Frame& frame) {
    m_offsets.append(m_textLength);
    m_textLength += int(frame.delta.size());
    m_frames.append(frame);
    if (!m_publish->isActive())
        m_publish->start();
}

void FramesModel::publish() {
    m_publish->stop();
    const int total = int(m_frames.size());
    if (total == m_shown)
        return;
    beginInsertRows({}, m_shown, total - 1);
    m_shown = total;
    endInsertRows();
}

QPair<int, int> FramesModel::rangeOf(int row) const {
    if (row < 0 || row >= m_frames.size())
        return {0, 0};
    return {m_offsets[row], int(m_frames[row].delta.size())};
}

QList<int> FramesModel::rowsFor(int start, int end) const {
    QList<int> rows;
    if (m_frames.isEmpty())
        return rows;
    if (end < start)
        std::swap(start, end);
    // The first frame whose delta ends after start: offsets are sorted.
    auto it = std::upper_bound(m_offsets.cbegin(), m_offsets.cend(), start);
    int row = int(it - m_offsets.cbegin()) - 1;
    row = qMax(0, row);
    for (; row < m_frames.size(); ++row) {
        const int from = m_offsets[row];
        const int len = int(m_frames[row].delta.size());
        if (len == 0)
            continue;
        if (from >= end && !(start == end && from == start))
            break;
        if (from + len > start || (start == end && from <= start && start < from + len))
            rows.append(row);
    }
    return rows;
}

int FramesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_shown;
}

int FramesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FramesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_shown)
        return {};
    const Frame& f = m_frames[index.row()];
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Index:
            return f.index;
        case AtMs:
            return QStringLiteral("+%1").arg(f.atMs);
        case Bytes:
            return qint64(f.bytes);
        case Delta: {
            QString d = f.delta;
            d.replace(u'\n', QStringLiteral("⏎"));
            return d;
        }
        case Raw: {
            QString raw = f.done ? QStringLiteral("[DONE]") : scrubSecrets(f.data);
            if (role == Qt::DisplayRole && raw.size() > 300)
                raw = raw.left(300) + QStringLiteral("…");
            return f.json || f.done ? raw : tr("(not JSON, skipped) %1").arg(raw);
        }
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() <= Bytes)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant FramesModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Index:
        return tr("#");
    case AtMs:
        return tr("+ms");
    case Bytes:
        return tr("Bytes");
    case Delta:
        return tr("Delta text");
    case Raw:
        return tr("Raw JSON");
    }
    return {};
}

Inspector::Inspector(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("inspector"));
    m_frames = new FramesModel(this);
    m_request = textPane("inspectorRequest", tr("Request"));
    m_response = textPane("inspectorResponse", tr("Response"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_request, tr("Request"));
    m_tabs->addTab(m_response, tr("Response"));
    m_tabs->addTab(buildFramesPage(), tr("Frames"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buildCopyButtons());
    layout->addWidget(m_tabs, 1);

    connect(m_frames, &QAbstractItemModel::rowsInserted, this,
            [this] { m_frameSummary->setText(tr("%n frame(s)", nullptr, m_frames->rowCount())); });
    connect(m_frames, &QAbstractItemModel::modelReset, this, [this] {
        m_frameSummary->setText(tr("%n frame(s)", nullptr, m_frames->rowCount()));
        m_frameDetail->clear();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &Inspector::onFramesSelected);
}

QPlainTextEdit* Inspector::textPane(const char* name, const QString& accessibleName) {
    auto* pane = new QPlainTextEdit(this);
    pane->setObjectName(QString::fromLatin1(name));
    pane->setAccessibleName(accessibleName);
    pane->setReadOnly(true);
    pane->setUndoRedoEnabled(false);
    pane->setLineWrapMode(QPlainTextEdit::NoWrap);
    return pane;
}

QWidget* Inspector::buildFramesPage() {
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inspectorFrames"));
    m_table->setAccessibleName(tr("Frames"));
    m_table->setModel(m_frames);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_frameDetail = new QPlainTextEdit(this);
    m_frameDetail->setObjectName(QStringLiteral("inspectorFrameDetail"));
    m_frameDetail->setAccessibleName(tr("Selected frame"));
    m_frameDetail->setReadOnly(true);
    m_frameSummary = new QLabel(this);
    m_frameSummary->setObjectName(QStringLiteral("inspectorFrameSummary"));

    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_table);
    split->addWidget(m_frameDetail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(m_frameSummary);
    layout->addWidget(split, 1);
    return page;
}

QLayout* Inspector::buildCopyButtons() {
    auto* buttons = new QHBoxLayout;
    const auto addCopy = [&](const QString& name, const QString& text,
                             std::function<QString()> snippet) {
        auto* b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setAccessibleName(text);
        b->setToolTip(tr("The key appears as $%1: export it in your shell first")
                          .arg(QString::fromLatin1(kKeyPlaceholderVar)));
        b->setEnabled(false);
        connect(b, &QToolButton::clicked, this,
                [snippet] { QGuiApplication::clipboard()->setText(snippet()); });
        buttons->addWidget(b);
        m_copyButtons.append(b);
    };
    addCopy(QStringLiteral("copyCurl"), tr("Copy as curl"), [this] { return curl(); });
    addCopy(QStringLiteral("copyPython"), tr("Copy as Python (inferencekey SDK)"),
            [this] { return python(); });
    addCopy(QStringLiteral("copyTypeScript"), tr("Copy as TypeScript (@inferencekey/sdk)"),
            [this] { return typeScript(); });
    buttons->addStretch(1);
    return buttons;
}

void Inspector::onFramesSelected() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    int first = rows.first().row(), last = first;
    for (const QModelIndex& i : rows) {
        first = qMin(first, i.row());
        last = qMax(last, i.row());
    }
    const Frame& f = m_frames->frames().at(first);
    m_frameDetail->setPlainText(prettyBody(f.data.toUtf8()));
    if (m_syncing)
        return;
    const auto a = m_frames->rangeOf(first);
    const auto b = m_frames->rangeOf(last);
    emit frameRangeSelected(a.first, b.first + b.second - a.first);
}

void Inspector::clear() {
    m_request->clear();
    m_response->clear();
    m_frames->clear();
    m_hasRequest = false;
    for (QToolButton* b : m_copyButtons)
        b->setEnabled(false);
}

void Inspector::showRequest(const RunRecord& r, const SnippetInput& snippet) {
    m_snippet = snippet;
    m_hasRequest = true;
    for (QToolButton* b : m_copyButtons)
        b->setEnabled(true);
    QString text = QStringLiteral("%1 %2\n").arg(QString::fromLatin1(r.method),
                                                 redactSecrets(r.url.toString()));
    for (const auto& [name, value] : r.requestHeaders)
        text += QStringLiteral("%1: %2\n")
                    .arg(QString::fromLatin1(name), redactSecrets(QString::fromUtf8(value)));
    // Images as a note of their size: megabytes of base64 would only stall the text view.
    text += u'\n' + prettyBody(elideDataUrls(r.requestBody));
    m_request->setPlainText(text);
    m_response->setPlainText(tr("(waiting for the response)"));
}

void Inspector::showResponse(const RunRecord& r) {
    QString text;
    if (r.status > 0) {
        text = QStringLiteral("HTTP %1\n").arg(r.status);
        for (const auto& [name, value] : r.responseHeaders)
            text += QStringLiteral("%1: %2\n")
                        .arg(QString::fromLatin1(name), redactSecrets(QString::fromUtf8(value)));
    } else {
        text = tr("(no HTTP response)\n");
    }
    for (const QUrl& u : r.redirects)
        text += tr("(followed a same-origin redirect to %1)\n").arg(u.toString());
    if (!r.responseBody.isEmpty())
        text += u'\n' + prettyBody(r.responseBody);
    else if (!r.frames.isEmpty() || m_frames->frames().size() > 0)
        text +=
            u'\n' + tr("(event stream: %n frame(s), see Frames; %1 not JSON; %2 comment line(s))",
                       nullptr, int(qMax(r.frames.size(), m_frames->frames().size())))
                        .arg(r.nonJsonFrames)
                        .arg(r.comments);
    m_response->setPlainText(text);
}

QString Inspector::requestText() const {
    return m_request->toPlainText();
}
QString Inspector::responseText() const {
    return m_response->toPlainText();
}

void Inspector::selectFramesFor(int start, int end) {
    m_frames->publish();
    const QList<int> rows = m_frames->rowsFor(start, end);
    QItemSelection selection;
    for (int row : rows)
        selection.select(m_frames->index(row, 0), m_frames->index(row, FramesModel::Raw));
    m_syncing = true;
    m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                     QItemSelectionModel::Rows);
    if (!rows.isEmpty())
        m_table->scrollTo(m_frames->index(rows.first(), 0));
    m_syncing = false;
}

} // namespace ik
