// The task's Diagram tab draws the model's names, and ours hold expressions the engine resolves
// per task ("הערכת מצב: ${departmentName}"). Draw the current task's own name instead, and the other
// elements' names with what the current task's name tells about the same expressions (the cycle's
// year, the department), leaving out what it does not tell.
const expression = /\$\{[^}]*\}/g;

// The expressions' values in a resolved name: "סבב ${voteRound}" and "סבב 2" give { '${voteRound}': '2' }.
function valuesIn(template, name) {
  const literal = text => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = name.match(new RegExp(`^${template.split(expression).map(literal).join('(.*?)')}$`));
  return match ? Object.fromEntries(template.match(expression).map((e, i) => [e, match[i + 1]])) : {};
}

function resolve(template, values) {
  return template.replace(expression, e => values[e] || '')
    .replace(/\(\s*\)/g, '').replace(/\s+\)/g, ')').replace(/\s+/g, ' ').replace(/[\s:]+$/, '').trim();
}

function showNames(viewer, task) {
  const elements = viewer.get('elementRegistry');
  const current = task && task.name && elements.get(task.taskDefinitionKey);
  const template = current && current.businessObject.name;
  const values = template && template.includes('${') ? valuesIn(template, task.name) : {};

  const renamed = new Set();
  for (const { businessObject } of elements.getAll()) {
    if (!businessObject || typeof businessObject.name !== 'string' || !businessObject.name.includes('${')) continue;
    businessObject.name = businessObject === (current && current.businessObject) ? task.name : resolve(businessObject.name, values);
    renamed.add(businessObject);
  }
  // Draw again each shape, label and flow that shows a renamed name (the root element draws none).
  const graphics = viewer.get('graphicsFactory');
  for (const element of elements.getAll()) {
    if (element.parent && renamed.has(element.businessObject)) {
      graphics.update(element.waypoints ? 'connection' : 'shape', element, elements.getGraphics(element));
    }
  }
}

// Tasklist's diagram viewer (a directive of 'camunda.common.widgets') calls its on-load after each
// import; the tab's scope holds the task. config.js adds this module to Tasklist's modules.
window.angular.module('maagal.diagram', ['camunda.common.widgets']).config(['$provide', function($provide) {
  $provide.decorator('camWidgetBpmnViewerDirective', ['$delegate', function($delegate) {
    const viewer = $delegate[0];
    const link = viewer.link;
    viewer.compile = () => function(scope) {
      link.apply(this, arguments);
      const onLoad = scope.onLoad;
      scope.onLoad = function() {
        const diagram = scope.$parent.diagram;
        showNames(scope.control.getViewer(), diagram && diagram.task);
        return onLoad.apply(this, arguments);
      };
    };
    return $delegate;
  }]);
}]);

export default [];
