#pragma once
// The words the playground shows for a run, shared by its live runs and the ones reopened from
// history.

#include "run.h"

#include <QJsonObject>
#include <QString>

namespace ik {

// "done", "stopped", "incomplete", "failed", "streaming…".
QString runStateLabel(RunState state);
// One line under the answer: headers, first token, gaps, tok/s with its source, total, finish,
// model and usage; empty when there are no metrics.
QString metricsLine(const QJsonObject& metrics, const QString& finish, const QString& model,
                    const QJsonObject& usage);

} // namespace ik
