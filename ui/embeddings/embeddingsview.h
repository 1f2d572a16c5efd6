#pragma once
// The embedding inspector (issue 6): embed a set of inputs in batches, look at the vectors
// (table, detail, statistics), their cosine heatmap, neighbours, a query ranked against the set,
// a 2D PCA plot, the agreement of two embedding workloads on the same inputs, rerank, and
// exports (CSV, JSON, .npy, Embedding Projector TSVs). Maths runs on a worker thread with
// progress and cancel; the event loop is never blocked.
//
// Hosting it (the main window):
//   auto* view = new ik::EmbeddingsView(nam, &guard, keyLookup, parent);
//   view->setWorkloads(allWorkloads);   // whenever the list changes (embedding ones are used)
//   view->setWorkload(workload);        // whenever the selection changes (embedding or rerank)
//   view->setSaveFileHook(...);         // optional: where exports go (default: a file dialog)
//   view->setOpenFileHook(...);         // optional: which inputs file to load
//   view->setConfirmHook(...);          // optional: answer guard warnings (default: inline bar)

#include "batchembedder.h"
#include "embedmath.h"
#include "guard.h"
#include "workloads.h"

#include <QFutureWatcher>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QChartView;
class QComboBox;
class QLabel;
class QLineEdit;

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScatterSeries;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace ik {

class EmbeddingModel;
class HeatmapWidget;
class HeatStrip;

class EmbeddingsView : public QWidget {
    Q_OBJECT
public:
    using KeyLookup = std::function<void(const Workload&, std::function<void(QString key)>)>;
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    using OpenFileHook =
        std::function<void(const QString& filter, std::function<void(QString path)>)>;
    enum class ExportFormat { Csv, Json, Npy, ProjectorTsv };

    // None of the services is owned; guard may be null (no guard).
    EmbeddingsView(QNetworkAccessManager* nam, CredentialGuard* guard, KeyLookup keyLookup,
                   QWidget* parent = nullptr);
    ~EmbeddingsView() override;

    void setWorkload(const Workload& workload);
    Workload workload() const { return m_workload; }
    // The workloads the comparison may pick from (embedding ones are listed).
    void setWorkloads(const QList<Workload>& workloads);

    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    void setOpenFileHook(OpenFileHook hook) { m_openFileHook = std::move(hook); }
    // Extra request headers for every call (e.g. X-Sandbox-Fault); an empty value removes it.
    void setExtraHeader(const QByteArray& name, const QByteArray& value);

    // Inputs: one per line in the editor, or loaded from a file (labels kept until edited).
    void setInputs(const QStringList& texts, const QStringList& labels = {});
    bool loadInputsFile(const QString& path); // false: the error is shown (inputError())
    QStringList inputs() const;
    QStringList labels() const;
    void setBatchSize(int size);
    int batchSize() const;

    // Actions, as the buttons do them.
    void embed();
    void cancel();
    void selectInput(int row); // neighbours and detail of this input
    void runQuery(const QString& text);
    void compareWith(const QString& workloadId, int k = 10);
    void rerank(const QString& query, const QStringList& documents, int topN = 0);
    bool exportTo(ExportFormat format, const QString& path, QString* error = nullptr) const;

    // What the user sees, for the host and tests.
    bool isBusy() const;
    EmbeddingModel* model() const { return m_model; }
    const embed::Vectors& vectors() const;
    QString statusText() const;
    QString inputError() const;
    QString statisticsText() const;
    QImage heatmapImage() const;
    HeatmapWidget* heatmap() const { return m_heatmap; }
    int pcaPointCount() const;
    QString explainedVarianceText() const;
    QList<embed::Neighbour> neighbours() const { return m_neighbours; }
    QList<embed::Neighbour> queryResults() const { return m_queryResults; }
    std::optional<embed::SpaceAgreement> agreement() const { return m_agreement; }
    QList<RerankResult> rerankResults() const { return m_rerankResults; }

signals:
    void embeddingFinished(); // vectors in the table
    void analysisFinished();  // statistics, heatmap, PCA shown
    void neighboursChanged(int row);
    void queryFinished();
    void compareFinished();
    void rerankFinished();
    void failed(const QString& message); // what the status line says

private:
    struct Analysis;
    struct Job;

    void buildUi();
    QWidget* buildInputsTab();
    QWidget* buildVectorsTab();
    QWidget* buildSimilarityTab();
    QWidget* buildProjectionTab();
    QWidget* buildCompareTab();
    QWidget* buildRerankTab();

    // Looks the key up, asks the guard, then calls go(key) (unless blocked or refused).
    void withCheckedKey(const Workload& w, const QString& sentText,
                        std::function<void(QString key)> go);
    HeaderList extraHeaders() const;
    void setStatus(const QString& text, bool error = false);
    void setBusy(bool busy);
    void onEmbeddingFinished();
    void startAnalysis();
    void showAnalysis(const Analysis& a);
    void showDetail(int row);
    void showPair(int i, int j);
    void showNeighbours(int row);
    void showPca(const embed::Pca& pca);
    void noteError(const Workload& w, const QString& keyId, const Error& e);
    void doExport(ExportFormat format);
    void updateKindState();

    QPointer<QNetworkAccessManager> m_nam;
    CredentialGuard* m_guard = nullptr;
    KeyLookup m_keyLookup;
    ConfirmHook m_confirmHook;
    SaveFileHook m_saveFileHook;
    OpenFileHook m_openFileHook;
    HeaderList m_extraHeaders;
    Workload m_workload;
    QList<Workload> m_workloads;
    quint64 m_generation = 0; // bumps on every new set: stale results are dropped

    // Inputs.
    QStringList m_loadedTexts, m_loadedLabels; // exact texts from a file (may hold newlines)
    bool m_settingInputs = false;
    QStringList m_embeddedTexts, m_embeddedLabels;
    Workload m_embedWorkload; // what the running embedding was sent to, and with which key:
    QString m_embedKeyId;     // the guard remembers the server's scope answers by key id

    BatchEmbedder* m_embedder = nullptr;
    BatchEmbedder* m_queryEmbedder = nullptr;
    BatchEmbedder* m_compareEmbedder = nullptr;
    std::shared_ptr<Job> m_job; // the maths running now
    QFutureWatcher<std::shared_ptr<Analysis>>* m_watcher = nullptr;
    QTimer* m_progressTimer = nullptr;
    std::shared_ptr<const embed::SimilarityMatrix> m_matrix;
    QList<embed::Neighbour> m_neighbours, m_queryResults;
    std::optional<embed::SpaceAgreement> m_agreement;
    QList<RerankResult> m_rerankResults;
    QStringList m_rerankDocuments;
    int m_pcaPoints = 0;
    QString m_compareId;
    int m_compareK = 10;

    EmbeddingModel* m_model = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_workloadLabel = nullptr;
    QPlainTextEdit* m_inputEdit = nullptr;
    QLabel* m_inputNote = nullptr;
    QLabel* m_inputError = nullptr;
    QSpinBox* m_batchSpin = nullptr;
    QPushButton* m_embedButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_confirmBar = nullptr;
    QLabel* m_confirmText = nullptr;
    std::function<void()> m_confirmed;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    HeatStrip* m_strip = nullptr;
    QLabel* m_statsLabel = nullptr;
    QTableWidget* m_dimTable = nullptr;
    HeatmapWidget* m_heatmap = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QPlainTextEdit* m_pairView = nullptr;
    QLabel* m_neighboursTitle = nullptr;
    QTableWidget* m_neighboursTable = nullptr;
    QSpinBox* m_kSpin = nullptr;
    QLineEdit* m_queryEdit = nullptr;
    QPushButton* m_queryButton = nullptr;
    QTableWidget* m_queryTable = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_explainedLabel = nullptr;
    QLabel* m_pcaHover = nullptr;
    QComboBox* m_compareCombo = nullptr;
    QSpinBox* m_compareKSpin = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_compareSummary = nullptr;
    QTableWidget* m_compareTable = nullptr;
    QLineEdit* m_rerankQuery = nullptr;
    QPlainTextEdit* m_rerankDocs = nullptr;
    QSpinBox* m_rerankTopN = nullptr;
    QPushButton* m_rerankButton = nullptr;
    QTableWidget* m_rerankTable = nullptr;
    QList<QPushButton*> m_exportButtons;
};

} // namespace ik
