#pragma once
// What went on the wire for the selected run: request, response, and for a
// stream every frame as it arrived. A QWidget the window puts in a dock.

#include "run.h"
#include "snippets.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QLayout;
class QPlainTextEdit;
class QTableView;
class QTabWidget;
class QTimer;
class QToolButton;

namespace ik {

// The frames of one run. Rows are announced to views in batches (at most every 100 ms) so a
// fast stream costs the table one insertion per batch, not one per frame.
class FramesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Index, AtMs, Bytes, Delta, Raw, ColumnCount };
    explicit FramesModel(QObject* parent = nullptr);

    void clear();
    void append(const Frame& frame);
    void setFrames(const QList<Frame>& frames);
    void publish(); // announce pending rows now

    const QList<Frame>& frames() const { return m_frames; }
    // Answer offsets [start, start + length) the frame's delta occupies.
    QPair<int, int> rangeOf(int row) const;
    // Rows whose delta overlaps [start, end) of the answer (a caret, start == end, finds one).
    QList<int> rowsFor(int start, int end) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QList<Frame> m_frames;
    QList<int> m_offsets; // answer offset where each frame's delta starts
    int m_textLength = 0;
    int m_shown = 0;
    QTimer* m_publish;
};

class Inspector : public QWidget {
    Q_OBJECT
public:
    explicit Inspector(QWidget* parent = nullptr);

    // A new run: the request is known at once (record() is filled before anything is sent).
    void showRequest(const RunRecord& record, const SnippetInput& snippet);
    // Status, headers and (for non-streams and errors) the body.
    void showResponse(const RunRecord& record);
    void clear();

    FramesModel* frames() const { return m_frames; }
    QTableView* framesTable() const { return m_table; }
    QString requestText() const;
    QString responseText() const;

    // Selects the frames that overlap the answer range, without echoing frameRangeSelected.
    void selectFramesFor(int start, int end);

    QString curl() const { return curlSnippet(m_snippet); }
    QString python() const { return pythonSnippet(m_snippet); }
    QString typeScript() const { return typeScriptSnippet(m_snippet); }

signals:
    // The reader selected a frame: its answer range.
    void frameRangeSelected(int start, int length);

private:
    QPlainTextEdit* textPane(const char* name, const QString& accessibleName);
    QWidget* buildFramesPage();
    QLayout* buildCopyButtons();
    void onFramesSelected();

    QTabWidget* m_tabs;
    QPlainTextEdit* m_request;
    QPlainTextEdit* m_response;
    QTableView* m_table;
    QPlainTextEdit* m_frameDetail;
    QLabel* m_frameSummary;
    FramesModel* m_frames;
    SnippetInput m_snippet;
    bool m_hasRequest = false;
    bool m_syncing = false;
    QList<QToolButton*> m_copyButtons;
};

QString prettyBody(const QByteArray& body); // indented JSON, or the text as it came

} // namespace ik
