#pragma once
// ik-call eval: an evaluation set run headless, with the window's engine and storage
// (workbench/evalrunner.h, evalstore.h), as a CI gate: a progress line on a terminal, JUnit
// XML for the CI server, and an exit status of its own when an assertion fails.

#include <QCoreApplication>

namespace ikcall {

bool isEvalCommand(const QStringList& arguments);
// Reads the command line, runs the set and returns the exit status.
int evalMain(QCoreApplication& app);

} // namespace ikcall
