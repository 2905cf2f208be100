#pragma once
// Defaults that fit: what a block gets when it joins a graph by hand (dropped from the palette,
// wired to another block), so that a model built from an empty canvas needs no typed widths.
// Each function edits a Graph value; the editor calls them inside the same undo step as the edit
// that prompted them and shows the returned notes. No Qt; every note is an mtl::Text (English,
// translated by the front end).
#include <optional>
#include <vector>

#include "data/Dataset.h"
#include "graph/Graph.h"

namespace mtl {

// Sets the inputs' widths (numeric columns, categorical cardinalities) of every input block to
// `schema`'s. Returns the ids of the blocks that changed.
std::vector<NodeId> bindInputs(Graph& graph, const DataSchema& schema);

// Fits the parameters of node `id`, just added to `graph`, to the graph and the data (`schema`:
// the current data set's layout and tasks, or nullptr when not known):
//  - an input block gets the data's widths;
//  - a task head gets a task name no other head uses: the first of the data's tasks of its kind
//    (else of any kind) that is still free, else task1, task2, ...; its block is renamed after the
//    task when that name is free.
void fitNewNode(Graph& graph, NodeId id, const DataSchema* schema);

// Fits the blocks at the ends of edge `edge`, just added to `graph`:
//  - a Dense block feeding a task head (and nothing else) that does not end in one unit gets a
//    1-unit identity output layer appended (units 64 -> 64,1): a head takes a width-1 logit;
//  - a gate feeding only mixtures whose expert inputs are all connected weighs as many experts as
//    they hold (num_experts, and k lowered to fit for Top-k / DSelect-k gates).
// Returns one note per change, e.g. "tower now ends in a 1-unit identity layer for task1".
std::vector<Text> fitConnection(Graph& graph, const Edge& edge);

// Gives node `id` one more input of `kind` when every input of that kind is connected and its
// "inputs" parameter allows one more (a mixture's expert inputs; an Add, Concatenate or Multiply
// block's inputs). Returns the new port, or nullopt (nothing changed).
std::optional<PortRef> growInput(Graph& graph, NodeId id, PortKind kind);

// Makes every gate feeding a mixture weigh as many experts as the mixture's connected expert
// inputs hold (after an expert group's size changed). Returns one note per change.
std::vector<Text> fitGateCounts(Graph& graph);

}  // namespace mtl
