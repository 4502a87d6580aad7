"""Outputs: what a reader sees of an assessment.

* :mod:`~rangecalc.outputs.export`: GeoJSON and KML of routes, rings, reach areas and
  claims;
* :mod:`~rangecalc.outputs.maps`: static maps and tornado charts (extra ``plot``:
  matplotlib, imported only when a picture is drawn);
* :mod:`~rangecalc.outputs.report`: the offline HTML report.

Nothing is imported here, so that ``import rangecalc`` never loads a plotting library;
import the module you need.
"""
