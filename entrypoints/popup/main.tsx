import { mountPage } from '../../components/ui/mount';
import { App } from './App';

mountPage(App, 'popup_title');
