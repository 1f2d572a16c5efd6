#pragma once
// A workload's price per million input and output tokens (cost.h), kept in QSettings beside its
// other entries: a price is no secret, and it never goes near a key (DESIGN.md "Rules"). A
// workload without one has no cost, only token counts.

#include "cost.h"
#include "workloads.h"

#include <optional>

namespace ik {

std::optional<TokenPrice> workloadPrice(const Workload& workload);
// nullopt removes the price.
void setWorkloadPrice(const Workload& workload, const std::optional<TokenPrice>& price);

} // namespace ik
