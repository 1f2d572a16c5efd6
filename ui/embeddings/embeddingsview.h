#pragma once
// The embedding inspector: embed a set of inputs in batches, look at the vectors (table, detail,
// statistics), their cosine heatmap, neighbours, a query ranked against the set, a 2D PCA plot,
// the agreement of two embedding workloads on the same inputs, rerank, and exports (CSV, JSON,
// .npy, Embedding Projector TSVs). Every send goes through a run session (DESIGN.md "run
// session"): the view never reads a key or asks the guard itself. Results live in item models
// the tables show. Maths runs on a worker thread with progress and cancel; the event loop is
// never blocked.
//
// Hosting it (the shell):
//   auto* view = new ik::EmbeddingsView(&services, parent);
//   ... install view->spec() ...        // title, shortcut, kinds served, the page
//   view->setWorkloads(allWorkloads);   // whenever the list changes (embedding ones are used)
//   view->setWorkload(workload);        // the window's one current workload, of any kind
//   view->setSaveFileHook(...);         // optional: where exports go (default: a file dialog)
//   view->setOpenFileHook(...);         // optional: which inputs file to load
//   view->setConfirmHook(...);          // optional: answer guard warnings (default: inline bar)

#include "embedmath.h"
#include "guard.h"
#include "retrievalset.h"
#include "runsession.h"
#include "viewspec.h"
#include "workloads.h"

#include <QFutureWatcher>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QChart;
class QChartView;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QTimer;

namespace ik {

class AgreementModel;
class ClusterModel;
class ConfusionModel;
class BatchEmbedder;
class DimStatsModel;
class EmbeddingModel;
class HeatmapWidget;
class HeatStrip;
class NeighbourModel;
class RerankModel;
class RetrievalEval;
class RetrievalQueryModel;
class RetrievalRankingModel;
class RetrievalSummaryModel;

class EmbeddingsView : public QWidget {
    Q_OBJECT
public:
    using ConfirmHook = std::function<bool(const GuardVerdict&)>;
    using SaveFileHook = std::function<void(const QString& suggestedName, const QString& filter,
                                            std::function<void(QString path)>)>;
    using OpenFileHook =
        std::function<void(const QString& filter, std::function<void(QString path)>)>;
    // MapCsv: the map's 2D coordinates with text, label and cluster; MapPng: the scatter's picture.
    enum class ExportFormat { Csv, Json, Npy, ProjectorTsv, MapCsv, MapPng };
    // The Projection tab's map: PCA (from the analysis), UMAP or t-SNE (on the kNN graph).
    enum class Projection { Pca, Umap, Tsne };

    // services is not owned; services->history may be null (nothing here is recorded).
    explicit EmbeddingsView(const SessionServices* services, QWidget* parent = nullptr);
    ~EmbeddingsView() override;

    // What the shell installs: "&Embeddings", Ctrl+3, kinds Embedding and Rerank.
    ui::ViewSpec spec();

    // The window's current workload, whatever its kind: a chat workload is refused plainly.
    void setWorkload(const Workload& workload);
    Workload workload() const { return m_workload; }
    // The workloads the comparison may pick from (embedding ones are listed).
    void setWorkloads(const QList<Workload>& workloads);

    void setConfirmHook(ConfirmHook hook) { m_confirmHook = std::move(hook); }
    void setSaveFileHook(SaveFileHook hook) { m_saveFileHook = std::move(hook); }
    // Where the page's file dialogs open: the folder of the last file loaded or exported.
    static QString lastFolder();
    static void rememberFolder(const QString& filePath);
    void setOpenFileHook(OpenFileHook hook) { m_openFileHook = std::move(hook); }
    // Extra request headers for this view's calls (e.g. X-Sandbox-Fault); an empty value removes
    // it. Authorization is refused: the key only travels in the header the session builds.
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

    // What the user sees, for the host and tests: the models the tables show, and the texts.
    bool isBusy() const;
    EmbeddingModel* model() const { return m_model; }
    DimStatsModel* dimStatsModel() const { return m_dimStats; }
    NeighbourModel* neighbourModel() const { return m_neighbourModel; }
    NeighbourModel* queryModel() const { return m_queryModel; }
    AgreementModel* agreementModel() const { return m_agreementModel; }
    RerankModel* rerankModel() const { return m_rerankModel; }
    const embed::Vectors& vectors() const;
    QString statusText() const;
    QString inputError() const;
    QString statisticsText() const;
    QImage heatmapImage() const;
    HeatmapWidget* heatmap() const { return m_heatmap; }
    int pcaPointCount() const;
    QString explainedVarianceText() const;
    QList<embed::Neighbour> neighbours() const;
    QList<embed::Neighbour> queryResults() const;
    std::optional<embed::SpaceAgreement> agreement() const;
    QList<RerankResult> rerankResults() const;

    // The map (Projection tab): picking a projection or pressing Run lays it out off the GUI
    // thread, with clusters (k-means, k given or chosen by silhouette over 2..10).
    void setProjection(Projection projection); // and runs it
    void runMap();                             // with the tab's choices
    bool isMapping() const;
    QList<QPointF> mapPoints() const; // per input, as the scatter shows them
    ClusterModel* clusterModel() const { return m_clusterModel; }
    ConfusionModel* confusionModel() const { return m_confusionModel; }
    struct MapJob;    // the map worker's progress and latest layout (embeddingsview_p.h)
    struct MapResult; // what it hands back (embeddingsmap.cpp)

    // Retrieval (the Retrieval tab): documents and queries with judged relevance, ranked by the
    // current embedding workload, optionally beside a second one and reranked; see
    // retrievaleval.h. Load errors are shown inline (retrievalError()).
    bool loadRetrievalDocuments(const QString& path);
    bool loadRetrievalQueries(const QString& path);
    bool openRetrievalExample(); // docs/examples/retrieval, wherever it is installed
    void evaluateRetrieval();    // with the tab's choices
    // A file shipped under docs/examples (installed under share/ik-playground/examples), or
    // empty when it is nowhere to be found.
    static QString exampleFile(const QString& relativePath);
    RetrievalEval* retrievalEval() const { return m_retrieval; }
    RetrievalSummaryModel* retrievalSummaryModel() const { return m_retSummaryModel; }
    RetrievalQueryModel* retrievalQueryModel() const { return m_retQueryModel; }
    RetrievalRankingModel* retrievalRankingModel() const { return m_retRankingModel; }
    QString retrievalError() const;

signals:
    void embeddingFinished(); // vectors in the table
    void analysisFinished();  // statistics, heatmap, PCA shown
    void neighboursChanged(int row);
    void queryFinished();
    void compareFinished();
    void rerankFinished();
    void retrievalFinished();            // the tables show the report
    void mapFinished();                  // the final layout and its clusters are shown
    void failed(const QString& message); // what the status line says

private:
    struct Analysis;
    struct Job;

    // Layout (embeddingsview.cpp and the tab files).
    void buildUi();
    QLayout* buildActionBar();
    QWidget* buildConfirmBar();
    QWidget* buildInputsTab();
    QLayout* buildInputsRow();
    QWidget* buildVectorsTab();
    QLayout* buildExportRow();
    QTableView* buildVectorTable();
    QWidget* buildDetailTabs();
    QWidget* buildSimilarityTab();
    QWidget* buildHeatmapPane();
    QWidget* buildNeighboursPane();
    QLayout* buildQueryRow();
    QWidget* buildProjectionTab();
    QWidget* buildCompareTab();
    QLayout* buildCompareRow();
    QWidget* buildRerankTab();
    QWidget* buildRetrievalTab();
    QLayout* buildRetrievalFilesRow();
    QLayout* buildRetrievalSetupRow();
    QWidget* buildRetrievalResults();

    // Sessions and their ends.
    void connectEmbedder();
    void connectQuery();
    void connectCompare();
    void connectAnalysis();
    void connectRerank();
    void connectRetrieval();
    void connectConfirmations(BatchEmbedder* embedder);
    void askToConfirm(const GuardVerdict& verdict, std::function<void(bool)> answer);
    void reportNotSent(SessionEnd end, const GuardVerdict& verdict, const Error& error);
    void showFailure(const Error& error); // a query, comparison or rerank that failed
    void showCancelled();
    SessionOptions sessionOptions() const;
    QString kindRefusal(WorkloadKind needed) const;

    // State.
    void setStatus(const QString& text, bool error = false);
    void settle(); // after an attempt ends: progress and buttons follow what still runs
    void updateKindState();
    void onRerankEnded(SessionEnd end);
    void onQueryEmbedded();
    void onEmbeddingFinished();
    void showEmbedProgress(int done, int total);
    bool openFromCache(const QStringList& texts); // true: the set is shown, no call made
    void keepInCache();
    void clearResults();
    void startAnalysis();
    void startComparison();
    void suggestCompareK(int n); // until the user picks top-k
    void fillCompareCombo();
    void updateCompareSummary();
    void onAnalysisDone();
    void showAnalysis(const Analysis& a);
    void showStatistics(const Analysis& a);
    void showHeatmap(const Analysis& a);
    void showAgreement(const embed::SpaceAgreement& agreement);
    void showDetail(int row);
    void showPair(int i, int j);
    void showNeighbours(int row);
    void showPca(const embed::Pca& pca);
    void addPcaSeries(QChart* chart, const QString& name, const QList<QPointF>& points,
                      const QList<int>& inputs);
    struct PcaPoints {
        QList<QPointF> points; // of one series
        QList<int> inputs;     // the input each point is
        QStringList texts, labels;
    };
    void showPcaPoint(const PcaPoints& plotted, const QPointF& p);
    void chooseInputsFile();
    void chooseRetrievalFile(bool queries);
    void fillRetrievalCombos();
    void updateRetrievalState();
    void showRetrievalSets();
    void showRetrievalError(const QString& text);
    void showRetrievalReport();
    void showRetrievalQuery(int row);
    void doExport(ExportFormat format);

    // The map (embeddingsmap.cpp).
    QLayout* buildMapControls();
    QLayout* buildMapActions();
    void connectMap();
    void clearMap();
    void usePcaPoints();        // the map shows the analysis's PCA
    void updateMapParameters(); // only the chosen projection's parameters are enabled
    QWidget* buildClusterPane();
    void startMap();
    void onMapTick();
    void onMapDone();
    void drawMap(); // the current points, coloured by label or cluster
    void updateMapPoints(const QList<QPointF>& points); // an intermediate layout, same series
    QStringList mapColourKeys() const;
    QByteArray mapCsv() const;

    const SessionServices* m_services;
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
    QByteArray m_openedFromCache; // the key of the set the cache gave: Embed again calls

    // Sessions: the set, the query, the second workload's set, rerank.
    BatchEmbedder* m_embedder = nullptr;
    BatchEmbedder* m_queryEmbedder = nullptr;
    BatchEmbedder* m_compareEmbedder = nullptr;
    RunSession* m_rerank = nullptr;
    QStringList m_rerankDocuments;         // what the rerank in flight sent
    std::function<void(bool)> m_confirmed; // answers the confirmation bar

    // Maths.
    std::shared_ptr<Job> m_job; // the maths running now
    QFutureWatcher<std::shared_ptr<Analysis>>* m_watcher = nullptr;
    QTimer* m_progressTimer = nullptr;
    std::shared_ptr<const embed::SimilarityMatrix> m_matrix;
    int m_compareK = 10;
    bool m_compareKChosen = false; // the user set top-k: the set's size no longer suggests it

    // Models the tables show.
    EmbeddingModel* m_model = nullptr;
    DimStatsModel* m_dimStats = nullptr;
    NeighbourModel* m_neighbourModel = nullptr;
    NeighbourModel* m_queryModel = nullptr;
    AgreementModel* m_agreementModel = nullptr;
    RerankModel* m_rerankModel = nullptr;

    // Widgets.
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
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_detail = nullptr;
    HeatStrip* m_strip = nullptr;
    QLabel* m_statsLabel = nullptr;
    HeatmapWidget* m_heatmap = nullptr;
    QLabel* m_hoverLabel = nullptr;
    QPlainTextEdit* m_pairView = nullptr;
    QLabel* m_neighboursTitle = nullptr;
    QSpinBox* m_kSpin = nullptr;
    QLineEdit* m_queryEdit = nullptr;
    QPushButton* m_queryButton = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_explainedLabel = nullptr;
    QLabel* m_pcaHover = nullptr;
    QComboBox* m_compareCombo = nullptr;
    QSpinBox* m_compareKSpin = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_compareSummary = nullptr;
    QLineEdit* m_rerankQuery = nullptr;
    QPlainTextEdit* m_rerankDocs = nullptr;
    QSpinBox* m_rerankTopN = nullptr;
    QPushButton* m_rerankButton = nullptr;
    QList<QPushButton*> m_exportButtons;

    // The map.
    std::optional<embed::Pca> m_pca;
    QList<QPointF> m_mapPoints;
    QString m_mapTitle, m_mapAxisX, m_mapAxisY;
    QList<QList<int>> m_mapSeriesInputs; // per series of the chart drawn, its inputs
    std::shared_ptr<MapJob> m_mapJob;
    QFutureWatcher<std::shared_ptr<MapResult>>* m_mapWatcher = nullptr;
    QTimer* m_mapTimer = nullptr;
    ClusterModel* m_clusterModel = nullptr;
    ConfusionModel* m_confusionModel = nullptr;
    QComboBox* m_projectionCombo = nullptr;
    QComboBox* m_colourCombo = nullptr;
    QSpinBox* m_neighboursSpin = nullptr;
    QDoubleSpinBox* m_minDistSpin = nullptr;
    QDoubleSpinBox* m_perplexitySpin = nullptr;
    QSpinBox* m_seedSpin = nullptr;
    QSpinBox* m_clusterKSpin = nullptr;
    QPushButton* m_mapRun = nullptr;
    QPushButton* m_mapCancel = nullptr;
    QProgressBar* m_mapProgress = nullptr;
    QLabel* m_mapNote = nullptr;
    QLabel* m_clusterSummary = nullptr;
    QTableView* m_confusionTable = nullptr;

    // Retrieval.
    retrieval::Documents m_retDocs;
    retrieval::Queries m_retQueries;
    QString m_retDocsPath, m_retQueriesPath;
    RetrievalEval* m_retrieval = nullptr;
    RetrievalSummaryModel* m_retSummaryModel = nullptr;
    RetrievalQueryModel* m_retQueryModel = nullptr;
    RetrievalRankingModel* m_retRankingModel = nullptr;
    QLabel* m_retFiles = nullptr;
    QLabel* m_retError = nullptr;
    QComboBox* m_retSecond = nullptr;
    QComboBox* m_retRerank = nullptr;
    QSpinBox* m_retTopN = nullptr;
    QSpinBox* m_retK = nullptr;
    QPushButton* m_retRun = nullptr;
    QPushButton* m_retCancel = nullptr;
    QProgressBar* m_retProgress = nullptr;
    QLabel* m_retStage = nullptr;
    QComboBox* m_retRowsOf = nullptr;
    QTableView* m_retQueryTable = nullptr;
    QLabel* m_retQueryTitle = nullptr;
};

} // namespace ik
